package dev.neuralode.ui.classifier;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The "MNIST | 2D" switch at the top of the Classifier tab: which of its two views is shown. Exactly
 * one is always chosen (clicking the chosen one keeps it), so the tab is never empty.
 */
final class ViewSwitch {

    private final ReadOnlyBooleanWrapper planeChosen = new ReadOnlyBooleanWrapper(false);
    private final ToggleButton mnist = new ToggleButton("MNIST");
    private final ToggleButton plane = new ToggleButton("2D");
    private final HBox row;

    ViewSwitch() {
        mnist.setId("classifierShowMnist");
        mnist.setTooltip(new Tooltip("The paper's MNIST models (ODE-Net, ResNet, RK-Net) training live; draw a digit to classify"));
        plane.setId("classifierShowPlane");
        plane.setTooltip(new Tooltip("Two classes of points in the plane, separated by a flow: see where a Neural ODE meets"
                + " its topology limit and an augmented one does not"));
        ToggleGroup group = new ToggleGroup();
        mnist.setToggleGroup(group);
        plane.setToggleGroup(group);
        group.selectToggle(mnist);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                planeChosen.set(now == plane);
            }
        });
        Label title = new Label("View");
        row = new HBox(6, title, mnist, plane);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 10, 4, 10));
        row.setId("classifierViewSwitch");
    }

    Node node() {
        return row;
    }

    /** Whether the 2D view is chosen (otherwise the MNIST view is). */
    ReadOnlyBooleanProperty planeChosenProperty() {
        return planeChosen.getReadOnlyProperty();
    }

    /** Whether the MNIST view is chosen. */
    BooleanExpression mnistChosen() {
        return planeChosen.not();
    }

    /** Chooses the 2D view (true) or the MNIST view (false), as a click on the switch does. */
    void choosePlane(boolean chosen) {
        (chosen ? plane : mnist).setSelected(true);
    }
}
