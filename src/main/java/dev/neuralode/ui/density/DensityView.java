package dev.neuralode.ui.density;

import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The live log-density heatmap with its time scrubber, morph autoplay and overlay switches. Frames
 * come from {@link DensityViewModel}; this view only shows them and repaints the overlays.
 */
final class DensityView {

    /** Ticks of the morph autoplay; a tick only advances s once the frame for the current s is shown. */
    static final Duration MORPH_TICK = Duration.millis(70);

    private final DensityViewModel vm;
    private final ReadOnlyObjectProperty<SessionHandle> session;
    private final HeatmapChart heatmap = new HeatmapChart();
    private final OverlayPainter painter = new OverlayPainter(heatmap::toPixelX, heatmap::toPixelY);
    private final Label frameInfo = new Label("Waiting for the model...");
    private final VBox box;
    private ViewFrame shown;
    private final Timeline morph = new Timeline(new KeyFrame(MORPH_TICK, e -> advanceMorph()));

    DensityView(DensityViewModel vm, ReadOnlyObjectProperty<SessionHandle> session) {
        this.vm = vm;
        this.session = session;
        morph.setCycleCount(Animation.INDEFINITE);

        Slider scrubber = new Slider(0, 1, vm.timeProperty().get());
        scrubber.setId("timeScrubber");
        scrubber.setMajorTickUnit(0.25);
        scrubber.setMinorTickCount(4);
        scrubber.setShowTickMarks(true);
        scrubber.setShowTickLabels(true);
        scrubber.valueProperty().bindBidirectional(vm.timeProperty());
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        Label time = new Label();
        time.setMinWidth(110);
        time.textProperty().bind(vm.timeProperty().asString(Locale.ROOT, "s = %.2f").concat(
                javafx.beans.binding.Bindings.when(vm.timeProperty().isEqualTo(0, 1e-9)).then("  (base)")
                        .otherwise(javafx.beans.binding.Bindings.when(vm.timeProperty().isEqualTo(1, 1e-9))
                                .then("  (data)").otherwise(""))));
        ToggleButton autoplay = new ToggleButton("Play morph");
        autoplay.setId("autoplay");
        autoplay.setMinWidth(Region.USE_PREF_SIZE);
        autoplay.setTooltip(new Tooltip("Loop s from the base density (0) to the data density (1)"));
        autoplay.selectedProperty().bindBidirectional(vm.autoplayProperty());
        vm.autoplayProperty().addListener((o, was, on) -> {
            if (on) {
                morph.play();
            } else {
                morph.stop();
            }
        });
        Label sLabel = new Label("Time s");
        sLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox scrubRow = new HBox(8, sLabel, scrubber, time, autoplay);
        scrubRow.setAlignment(Pos.CENTER_LEFT);

        Label overlayTitle = new Label("Overlays");
        overlayTitle.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox dataOverlay = toggle("Target data", "overlayData", vm.showDataProperty());
        // A flow, so that a narrow view wraps the switches instead of demanding their full width.
        FlowPane overlayRow = new FlowPane(14, 4, overlayTitle,
                dataOverlay,
                toggle("Samples", "overlaySamples", vm.showSamplesProperty()),
                toggle("Trajectories", "overlayTrajectories", vm.showTrajectoriesProperty()),
                toggle("Vector field", "overlayArrows", vm.showArrowsProperty()));
        overlayRow.setAlignment(Pos.CENTER_LEFT);
        frameInfo.getStyleClass().add("muted");
        frameInfo.setId("frameInfo");

        AspectPane square = new AspectPane(heatmap.node(), 80);
        VBox.setVgrow(square, Priority.ALWAYS);
        box = new VBox(6, new TargetSwitch(vm, session).node(), square, frameInfo, scrubRow, overlayRow);
        box.setPadding(new Insets(6, 8, 6, 8));

        heatmap.setOnOverlayResize(this::repaintOverlays);
        session.addListener((o, before, now) -> {
            // Matching a density learns from no data: there are no data points to overlay.
            dataOverlay.setDisable(matchesTarget(now));
            repaintOverlays();
        });
        for (var p : new javafx.beans.value.ObservableValue<?>[] {vm.showDataProperty(), vm.showSamplesProperty(),
                vm.showTrajectoriesProperty(), vm.showArrowsProperty(), vm.timeProperty(), vm.showTargetProperty()}) {
            p.addListener((o, a, b) -> repaintOverlays());
        }
    }

    Node node() {
        return box;
    }

    /** The chart with its overlays, for the PNG export. */
    Node picture() {
        return heatmap.node();
    }

    void stop() {
        morph.stop();
    }

    private void advanceMorph() {
        vm.advanceMorph();
    }

    /** Shows the newest frame if it is not shown yet; called once per pulse. */
    void refresh() {
        ViewFrame frame = vm.frameProperty().get();
        if (frame == null || frame == shown) {
            return;
        }
        if (frame.grid() != null) {
            if (!heatmap.show(frame.grid())) {
                return;
            }
            if (frame.request().target() != null) {
                frameInfo.setText(String.format(Locale.ROOT, "Target: %s, analytic log p on a %dx%d grid (the same at every s)",
                        frame.request().target().displayName(), frame.grid().n(), frame.grid().n()));
            } else {
                frameInfo.setText(String.format(Locale.ROOT, "iteration %d  |  %dx%d grid at s = %.2f  |  %d NFE  |  %.0f ms",
                        frame.iteration(), frame.grid().n(), frame.grid().n(), frame.s(), frame.grid().nfe(), frame.millis()));
            }
        } else {
            frameInfo.setText(frame.error());
        }
        shown = frame;
        repaintOverlays();
    }

    private void repaintOverlays() {
        SessionHandle h = session.get();
        painter.paint(heatmap.overlay().getGraphicsContext2D(), vm.frameProperty().get(),
                h == null || matchesTarget(h) ? null : h.data(),
                new OverlayPainter.Layers(vm.showDataProperty().get(), vm.showSamplesProperty().get(),
                        vm.showTrajectoriesProperty().get(), vm.showArrowsProperty().get()), vm.timeProperty().get());
    }

    private static boolean matchesTarget(SessionHandle h) {
        return h != null && "kl".equals(h.config().objective());
    }

    private static CheckBox toggle(String text, String id, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
