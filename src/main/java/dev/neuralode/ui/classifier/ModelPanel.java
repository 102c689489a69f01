package dev.neuralode.ui.classifier;

import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.ode.Methods;
import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.common.LogSlider;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Classifier tab's sidebar: the model of the paper's Table 1, how its ODE block is solved (method,
 * tolerance, gradients by backpropagation or the adjoint), the small-subset switch, and where
 * training is in its epochs. The solver changes from the next iteration on; a model or data change
 * builds a new model, after asking when that would discard a trained one.
 */
final class ModelPanel {

    private final ClassifierViewModel vm;
    private final VBox box = new VBox(8);
    private final ChoiceBox<Architecture> model = new ChoiceBox<>(FXCollections.observableArrayList(Architecture.values()));
    private final ChoiceBox<String> method = new ChoiceBox<>(FXCollections.observableArrayList(Methods.names()));
    private final LogSlider tolerance;
    private final RadioButton backprop = new RadioButton("Backprop through the solver");
    private final RadioButton adjoint = new RadioButton("Adjoint method");
    private final CheckBox subset = new CheckBox(String.format("Small subset: %,d digits, batches of %d",
            ClassifierSettings.SUBSET_IMAGES, ClassifierSettings.SUBSET_BATCH));
    private boolean syncing;

    ModelPanel(ClassifierViewModel vm) {
        this.vm = vm;
        ClassifierSettings s = vm.settingsProperty().get();
        tolerance = new LogSlider("mnistTolerance", 1e-6, 1e-1, s.rtol());
        model.setId("mnistModel");
        model.setConverter(new StringConverter<>() {
            @Override
            public String toString(Architecture a) {
                return a == null ? "" : a == Architecture.STEM ? "No block (baseline)" : a.title();
            }

            @Override
            public Architecture fromString(String text) {
                return null;
            }
        });
        model.setMaxWidth(Double.MAX_VALUE);
        model.setTooltip(new Tooltip("The paper's Table 1: one ODE block, six residual blocks, four RK4 steps, or neither;"
                + " a new model"));
        method.setId("mnistMethod");
        method.setMaxWidth(Double.MAX_VALUE);
        method.setTooltip(new Tooltip("How the ODE block is solved; adaptive methods follow the tolerance"));
        ToggleGroup sensitivity = new ToggleGroup();
        backprop.setToggleGroup(sensitivity);
        adjoint.setToggleGroup(sensitivity);
        backprop.setId("mnistBackprop");
        adjoint.setId("mnistAdjoint");
        adjoint.setTooltip(new Tooltip("Gradients from an ODE solved backwards: memory does not grow with the steps,"
                + " and the NFE chart shows a backward NFE"));
        subset.setId("mnistSmallSubset");
        subset.setWrapText(true);
        subset.setTooltip(new Tooltip("Off: the paper's recipe on 55,000 digits with random crops, batches of 128; a new model"));
        show(s);
        model.valueProperty().addListener((o, a, b) -> changed(vm.settingsProperty().get().withModel(b), "Switch model"));
        method.valueProperty().addListener((o, a, b) -> changed(vm.settingsProperty().get().withMethod(b), null));
        tolerance.valueProperty().addListener((o, a, b) -> changed(vm.settingsProperty().get().withTolerance(b.doubleValue()), null));
        adjoint.selectedProperty().addListener((o, a, b) -> changed(vm.settingsProperty().get().withAdjoint(b), null));
        subset.selectedProperty().addListener((o, a, b) -> changed(vm.settingsProperty().get().withSmallSubset(b), "Switch data"));
        vm.settingsProperty().addListener((o, a, b) -> show(b));

        Label subsetHint = muted("The subset learns visibly within a minute; the full set takes many minutes per epoch"
                + " on a CPU.");
        ProgressBar epoch = new ProgressBar();
        epoch.setId("mnistEpochBar");
        epoch.setMaxWidth(Double.MAX_VALUE);
        epoch.progressProperty().bind(vm.epochFractionProperty());
        Label epochText = new Label();
        epochText.setId("mnistEpochProgress");
        epochText.setWrapText(true);
        epochText.textProperty().bind(vm.epochProperty());
        Label validation = muted("");
        validation.setId("mnistValidationLatest");
        validation.textProperty().bind(vm.validation().latestProperty());
        box.getChildren().addAll(title("Model"), model, new Label("Method"), method,
                new Label("Tolerance rtol = atol"), tolerance, new Label("Gradients"), backprop, adjoint,
                title("Data"), subset, subsetHint, title("Progress"), epoch, epochText, validation);
        box.getStyleClass().add("side-panel");
    }

    Node node() {
        return box;
    }

    private void changed(ClassifierSettings next, String action) {
        if (syncing) {
            return;
        }
        String loss = vm.loss(next);
        if (loss != null && !Confirm.discard(box, action, loss)) {
            show(vm.settingsProperty().get());
            return;
        }
        vm.apply(next);
    }

    /** Sets the controls to {@code s} without reacting to it (after Open, or a change the user took back). */
    private void show(ClassifierSettings s) {
        syncing = true;
        model.setValue(s.model());
        method.setValue(s.method());
        tolerance.valueProperty().set(s.rtol());
        (s.adjoint() ? adjoint : backprop).setSelected(true);
        subset.setSelected(s.smallSubset());
        method.setDisable(!s.hasOde());
        tolerance.setDisable(!s.hasOde() || !s.adaptive());
        backprop.setDisable(!s.hasOde());
        adjoint.setDisable(!s.hasOde());
        syncing = false;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }
}
