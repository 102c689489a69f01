package dev.neuralode.ui.latent;

import dev.neuralode.train.ExampleSeries;
import dev.neuralode.train.LatentExperiment;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.LogSlider;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The latent explorer's sidebar: which series to show (a spinner over the spirals or an imported
 * file's series), the model settings (n, the Poisson likelihood, learning rate, tolerance) and how
 * the latent view projects. Switching n or the Poisson likelihood needs a new model: the
 * {@link NewModelGuard} asks first, and on Cancel the control goes back to the model's setting. The
 * controls follow the experiment when a file is opened.
 */
final class LatentPanel {

    private static final String PCA = "Principal components";
    private static final String DIMENSIONS = "Two latent dimensions";

    private final VBox box;

    LatentPanel(LatentViewModel vm, Runnable importSeries, NewModelGuard guard) {
        box = new VBox(8);
        box.getChildren().addAll(seriesSection(vm, importSeries));
        box.getChildren().addAll(modelSection(vm, guard));
        box.getChildren().addAll(projectionSection(vm));
        box.getStyleClass().add("side-panel");
    }

    Node node() {
        return box;
    }

    private static List<Node> seriesSection(LatentViewModel vm, Runnable importSeries) {
        Spinner<Integer> picker = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0);
        picker.setValueFactory(values);
        picker.setId("latentSeriesSpinner");
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setTooltip(new Tooltip("Which series to show; the first 80% of the spirals train the model"));
        vm.examplesProperty().addListener((o, a, list) -> values.setMax(Math.max(0, list.size() - 1)));
        vm.selectedProperty().addListener((o, a, i) -> values.setValue(i.intValue()));
        values.valueProperty().addListener((o, a, i) -> {
            if (i != null && i != vm.selectedProperty().get()) {
                vm.select(i);
            }
        });
        Label label = new Label();
        label.setId("latentSeriesLabel");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            List<ExampleSeries> list = vm.examplesProperty().get();
            int i = vm.selectedProperty().get();
            return i < list.size() ? (i + 1) + " of " + list.size() + " from " + vm.sourceProperty().get() + ": " + list.get(i).label()
                    : "";
        }, vm.examplesProperty(), vm.selectedProperty(), vm.sourceProperty()));
        Label count = new Label();
        count.setId("latentObservationCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.editedProperty().get() == null ? ""
                : vm.editedProperty().get().size() + " observations" + (vm.editedProperty().get().edited() ? " (edited)" : ""),
                vm.editedProperty()));
        Button importButton = Buttons.button("Import series...", "latentImport",
                "Read series from a CSV file with columns series_id,t,x,y (Ctrl+I, or drop the file on the tab)", importSeries);
        Button spirals = Buttons.button("Spirals", "latentUseSpirals", "Back to the session's spirals", vm::useSpirals);
        spirals.disableProperty().bind(vm.sourceProperty().isEqualTo("spirals"));
        Button undo = Buttons.button("Undo edit", "latentUndo", "Take back the last added or removed observation (Ctrl+Z)",
                vm::undo);
        return List.of(title("Series"), picker, label, count, row(importButton, spirals, undo));
    }

    private static List<Node> modelSection(LatentViewModel vm, NewModelGuard guard) {
        LatentExperiment e = vm.experimentProperty().get();
        ChoiceBox<Integer> n = new ChoiceBox<>(FXCollections.observableArrayList(30, 50, 100));
        n.setId("latentObservations");
        n.setValue(e.observations());
        n.setTooltip(new Tooltip("Observations per spiral, as in the paper's Table 2; starts a new model on new spirals"));
        guarded(n.valueProperty(), () -> vm.experimentProperty().get().observations(),
                b -> guard.replaceModel("Change n", !vm.showsImported(), () -> vm.setObservations(b)));
        CheckBox poisson = new CheckBox("Poisson process likelihood");
        poisson.setId("latentPoisson");
        poisson.setSelected(e.poisson());
        poisson.setTooltip(new Tooltip("Also model when observations happen: the ELBO gains log p(t_1..t_n) and the"
                + " view shows the intensity \u03bb(t); starts a new model on the same series"));
        guarded(poisson.selectedProperty(), () -> vm.experimentProperty().get().poisson(),
                b -> guard.replaceModel("Switch likelihood", false, () -> vm.setPoisson(b)));
        LogSlider rate = new LogSlider("latentLearningRate", 1e-4, 1e-1, e.learningRate());
        rate.valueProperty().addListener((o, a, b) -> vm.setLearningRate(b.doubleValue()));
        LogSlider tolerance = new LogSlider("latentTolerance", 1e-8, 1e-2, e.rtol());
        tolerance.valueProperty().addListener((o, a, b) -> vm.setTolerance(b.doubleValue()));
        vm.experimentProperty().addListener((o, a, now) -> {
            n.setValue(now.observations());
            poisson.setSelected(now.poisson());
            rate.valueProperty().set(now.learningRate());
            tolerance.valueProperty().set(now.rtol());
        });
        return List.of(title("Model"), row(new Label("Observations n"), n), poisson,
                new Label("Learning rate (Adam)"), rate, new Label("Tolerance rtol (atol = rtol / 10)"), tolerance);
    }

    private static List<Node> projectionSection(LatentViewModel vm) {
        ComboBox<String> mode = new ComboBox<>(FXCollections.observableArrayList(PCA, DIMENSIONS));
        mode.setId("latentProjectionMode");
        mode.setValue(PCA);
        mode.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Integer> x = dimension("latentDimX", 1);
        ComboBox<Integer> y = dimension("latentDimY", 2);
        x.disableProperty().bind(mode.valueProperty().isEqualTo(PCA));
        y.disableProperty().bind(mode.valueProperty().isEqualTo(PCA));
        Runnable apply = () -> vm.projectionProperty().set(PCA.equals(mode.getValue()) ? ProjectionChoice.PCA
                : new ProjectionChoice(false, x.getValue() - 1, y.getValue() - 1));
        mode.valueProperty().addListener((o, a, b) -> apply.run());
        x.valueProperty().addListener((o, a, b) -> apply.run());
        y.valueProperty().addListener((o, a, b) -> apply.run());
        Label hint = new Label("The 4-d latent state z(t) drawn in a plane: the two directions in which the"
                + " trajectories shown vary most, or two of z1..z4 as they are.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        return List.of(title("Latent view"), mode, row(new Label("x"), x, new Label("y"), y), hint);
    }

    /**
     * Hands a user's change of {@code control} to {@code change} once the event that made it is
     * over (so the question is not asked inside a property notification), and puts the control back
     * to the model's value when {@code change} is refused. Changes that only follow the model (a file
     * opened) ask nothing.
     */
    private static <T> void guarded(Property<T> control, Supplier<T> model, Predicate<T> change) {
        control.addListener((o, a, b) -> {
            if (b == null || b.equals(model.get())) {
                return;
            }
            Platform.runLater(() -> {
                if (b.equals(control.getValue()) && !b.equals(model.get()) && !change.test(b)) {
                    control.setValue(model.get());
                }
            });
        });
    }

    private static ComboBox<Integer> dimension(String id, int initial) {
        ComboBox<Integer> c = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        c.setId(id);
        c.setValue(initial);
        return c;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof Spinner<?> || n instanceof ComboBox<?>) {
                HBox.setHgrow(n, Priority.ALWAYS);
            }
        }
        return row;
    }
}
