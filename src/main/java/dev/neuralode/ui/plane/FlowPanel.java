package dev.neuralode.ui.plane;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The flow view with its controls: the scrubber s in [0, 1], a play loop that sweeps it, the pair of
 * coordinates shown (the augmented model's extra ones by choice), and a caption that says what to look
 * for.
 */
final class FlowPanel {

    /** Seconds for the loop to carry the points from s = 0 to s = 1. */
    private static final double LOOP_SECONDS = 3;
    static final String CAPTION = "What to look for: on circles the plain Neural ODE must squeeze the ring around the disc"
            + " to bring the classes to either side of one line, because a flow of the plane cannot tear the ring open or move"
            + " the disc across it; the vector field grows steep and the NFE chart climbs. The augmented ODE lifts the disc out"
            + " into an extra dimension (choose h1, h3) and stays cheap. The ResNet is not a flow: its grid lines may cross.";

    private final PlaneViewModel vm;
    private final FlowCanvas canvas;
    private final VBox box;
    private final ToggleButton loop = new ToggleButton("Play flow");
    private long lastTick = -1;

    FlowPanel(PlaneViewModel vm) {
        canvas = new FlowCanvas(vm);
        Slider scrubber = new Slider(0, 1, vm.flowTimeProperty().get());
        scrubber.setId("planeFlowTime");
        scrubber.setTooltip(new Tooltip("s: how far the flow has carried the plane (0 the input, 1 what the classifier reads)"));
        scrubber.valueProperty().bindBidirectional(vm.flowTimeProperty());
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        loop.setId("planeFlowLoop");
        loop.setTooltip(new Tooltip("Sweep s from 0 to 1 over and over"));
        loop.setMinWidth(90);
        loop.textProperty().bind(loop.selectedProperty().map(on -> on ? "Stop flow" : "Play flow"));
        ComboBox<CoordinatePair> pair = new ComboBox<>();
        pair.setId("planePair");
        pair.setTooltip(new Tooltip("Which two coordinates of the state to show; the augmented model has 2 + p"));
        vm.frameProperty().addListener((o, a, f) -> {
            int dim = f == null ? 2 : f.flow().dim();
            List<CoordinatePair> choices = CoordinatePair.choices(dim);
            if (!choices.equals(pair.getItems())) {
                pair.setItems(FXCollections.observableArrayList(choices));
                pair.setValue(choices.contains(vm.pairProperty().get()) ? vm.pairProperty().get() : CoordinatePair.PLANE);
            }
        });
        pair.setItems(FXCollections.observableArrayList(CoordinatePair.choices(2)));
        pair.setValue(CoordinatePair.PLANE);
        pair.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.pairProperty().set(p);
            }
        });
        vm.pairProperty().addListener((o, a, p) -> pair.setValue(p));
        Label s = new Label("s");
        HBox controls = new HBox(6, loop, s, scrubber, pair);
        controls.setStyle("-fx-alignment: center-left;");
        Label caption = new Label(CAPTION);
        caption.setId("planeFlowCaption");
        caption.setWrapText(true);
        caption.getStyleClass().add("muted");
        caption.setMinHeight(0);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        box = new VBox(4, canvas, controls, caption);
        box.setStyle("-fx-padding: 4;");
        this.vm = vm;
    }

    Node node() {
        return box;
    }

    FlowCanvas canvas() {
        return canvas;
    }

    /** Advances the play loop; the FX thread calls it once per pulse. */
    void tick(long now) {
        if (!loop.isSelected()) {
            lastTick = -1;
            return;
        }
        if (lastTick >= 0) {
            double s = vm.flowTimeProperty().get() + (now - lastTick) / 1e9 / LOOP_SECONDS;
            vm.flowTimeProperty().set(s > 1 ? 0 : s);
        }
        lastTick = now;
    }
}
