package dev.neuralode.ui.plane;

import dev.neuralode.data.PlaneTask;
import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.LogSlider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The 2D view's side panel: dataset (with noise, Regenerate, and the two brushes of the drawn set),
 * model (with p for the augmented one) and tolerance. Changes that need a new model ask
 * {@code allowNewModel} first, which asks the user when a trained model would be lost.
 */
final class PlaneControls {

    /** The model choices as shown, in the order of their ids node, anode, resnet. */
    private static final List<String> MODELS = List.of("Neural ODE", "Augmented ODE", "ResNet");
    private static final List<String> MODEL_IDS = List.of("node", "anode", "resnet");

    private final VBox box = new VBox(8);

    PlaneControls(PlaneViewModel vm, Predicate<String> allowNewModel) {
        Flow2dExperiment e = vm.experimentProperty().get();
        List<String> datasets = new ArrayList<>();
        for (PlaneTask t : PlaneTask.values()) {
            datasets.add(t.id());
        }
        datasets.add(PlaneViewModel.DRAWN);
        ComboBox<String> dataset = new ComboBox<>(FXCollections.observableArrayList(datasets));
        dataset.setId("planeDataset");
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setValue(e.isCustomData() ? PlaneViewModel.DRAWN : e.dataset());
        dataset.setTooltip(new Tooltip("Two-class data; circles is the one no flow of the plane can separate linearly"));
        dataset.setOnAction(a -> {
            String now = vm.drawingProperty().get() ? PlaneViewModel.DRAWN : vm.experimentProperty().get().dataset();
            if (!dataset.getValue().equals(now)) {
                if (allowNewModel.test("Switch dataset")) {
                    vm.setDataset(dataset.getValue());
                } else {
                    dataset.setValue(now);
                }
            }
        });

        Slider noise = new Slider(0, 0.3, e.noise());
        noise.setId("planeNoise");
        Label noiseValue = new Label();
        noiseValue.textProperty().bind(noise.valueProperty().asString(Locale.ROOT, "noise %.2f"));
        noise.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && Math.abs(noise.getValue() - vm.experimentProperty().get().noise()) > 1e-9) {
                vm.setNoise(noise.getValue());
            }
        });
        noise.disableProperty().bind(vm.drawingProperty());
        Button regenerate = Buttons.button("Regenerate", "planeRegenerate", "A new sample of the dataset (the next seed) and a new model",
                () -> {
                    if (allowNewModel.test("Regenerate")) {
                        vm.regenerate();
                    }
                });
        regenerate.disableProperty().bind(vm.drawingProperty());

        ToggleGroup brushes = new ToggleGroup();
        RadioButton brush0 = new RadioButton("Class 0 (orange)");
        brush0.setId("planeBrush0");
        RadioButton brush1 = new RadioButton("Class 1 (blue)");
        brush1.setId("planeBrush1");
        brush0.setToggleGroup(brushes);
        brush1.setToggleGroup(brushes);
        (vm.brushProperty().get() == 0 ? brush0 : brush1).setSelected(true);
        brushes.selectedToggleProperty().addListener((o, a, t) -> vm.brushProperty().set(t == brush0 ? 0 : 1));
        Button clear = Buttons.button("Clear drawing", "planeClearDrawing", "Remove every drawn point", vm::clearDrawing);
        VBox drawBox = new VBox(4, new Label("Brush (left button; right button draws the other class)"), brush0, brush1, clear);
        drawBox.visibleProperty().bind(vm.drawingProperty());
        drawBox.managedProperty().bind(drawBox.visibleProperty());

        ComboBox<String> model = new ComboBox<>(FXCollections.observableArrayList(MODELS));
        model.setId("planeModel");
        model.setMaxWidth(Double.MAX_VALUE);
        model.setValue(MODELS.get(MODEL_IDS.indexOf(e.model())));
        Slider augment = new Slider(1, 5, e.augment());
        augment.setId("planeAugment");
        augment.setMajorTickUnit(1);
        augment.setMinorTickCount(0);
        augment.setSnapToTicks(true);
        augment.setShowTickLabels(true);
        augment.disableProperty().bind(model.valueProperty().isNotEqualTo(MODELS.get(1)));
        Label augmentLabel = new Label();
        augmentLabel.textProperty().bind(augment.valueProperty().asString(Locale.ROOT, "extra dimensions p = %.0f"));
        Runnable applyModel = () -> {
            Flow2dExperiment now = vm.experimentProperty().get();
            String id = MODEL_IDS.get(MODELS.indexOf(model.getValue()));
            int p = (int) Math.round(augment.getValue());
            if (id.equals(now.model()) && p == now.augment()) {
                return;
            }
            if (allowNewModel.test("Switch model")) {
                vm.setModel(id, p);
            } else {
                model.setValue(MODELS.get(MODEL_IDS.indexOf(now.model())));
                augment.setValue(now.augment());
            }
        };
        model.setOnAction(a -> applyModel.run());
        augment.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                applyModel.run();
            }
        });
        vm.experimentProperty().addListener((o, a, now) -> {
            dataset.setValue(vm.drawingProperty().get() ? PlaneViewModel.DRAWN : now.dataset());
            model.setValue(MODELS.get(MODEL_IDS.indexOf(now.model())));
            augment.setValue(now.augment());
            noise.setValue(now.noise());
        });

        LogSlider tolerance = new LogSlider("planeTolerance", 1e-6, 1e-1, e.rtol());
        tolerance.valueProperty().addListener((o, a, v) -> vm.setTolerance(v.doubleValue()));

        box.getChildren().addAll(heading("Data"), dataset, noiseValue, noise, regenerate, drawBox,
                heading("Model"), model, augmentLabel, augment,
                heading("Solver tolerance (rtol = atol, dopri5)"), tolerance);
        box.getStyleClass().add("side-panel");
    }

    Node node() {
        return box;
    }

    private static Node heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return new HBox(l);
    }
}
