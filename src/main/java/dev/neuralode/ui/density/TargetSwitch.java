package dev.neuralode.ui.density;

import dev.neuralode.data.AnalyticDensity;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The "Learnt | Target" switch above the heatmap, shown only while the flow matches an analytic
 * density ({@code kl}): it flips the same chart, with the same axes and colour scale, between what
 * the flow learnt and the target it learns to match, so that the two compare at a glance. Matching
 * a density has no data sample, so this is where the target becomes visible.
 */
final class TargetSwitch {

    private final HBox row;

    TargetSwitch(DensityViewModel vm, ReadOnlyObjectProperty<SessionHandle> session) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton learnt = new ToggleButton("Learnt");
        learnt.setId("showLearnt");
        learnt.setTooltip(new Tooltip("The density the flow has learnt so far, at the time s of the scrubber"));
        ToggleButton target = new ToggleButton("Target");
        target.setId("showTarget");
        learnt.setToggleGroup(group);
        target.setToggleGroup(group);
        group.selectToggle(vm.showTargetProperty().get() ? target : learnt);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                vm.showTargetProperty().set(now == target);
            }
        });
        vm.showTargetProperty().addListener((o, was, now) -> group.selectToggle(now ? target : learnt));
        Label title = new Label("Heatmap");
        Label name = new Label();
        name.setId("targetName");
        name.getStyleClass().add("muted");
        row = new HBox(6, title, learnt, target, name);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("targetSwitch");
        Runnable follow = () -> {
            SessionHandle h = session.get();
            boolean kl = h != null && "kl".equals(h.config().objective());
            row.setVisible(kl);
            row.setManaged(kl);
            if (kl) {
                String shown = AnalyticDensity.displayName(h.config().target());
                name.setText("Target: " + shown + ", the analytic density the flow learns to match");
                target.setTooltip(new Tooltip("Target: " + shown + ". The flow is trained to match it (KL); "
                        + "it has no data sample, so no data points are overlaid"));
            } else {
                vm.showTargetProperty().set(false);
            }
        };
        session.addListener((o, before, now) -> follow.run());
        follow.run();
    }

    Node node() {
        return row;
    }
}
