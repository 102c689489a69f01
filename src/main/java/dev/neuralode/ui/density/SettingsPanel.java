package dev.neuralode.ui.density;

import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.ode.Methods;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.ui.common.LogSlider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The model and solver panel. Each control edits one field of the draft config through
 * {@link SettingsViewModel#apply}; the draft flows back into the controls when it changes
 * elsewhere (an opened experiment, a stiffness remedy, a refused edit).
 */
final class SettingsPanel {

    /** What the choices show for the config's ids; the Reset banner names the new values with them too. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("mle", "fit the data (MLE)"), Map.entry("kl", "match a density (KL)"),
            Map.entry("hyper", "hypernetwork CNF (paper)"), Map.entry("mlp", "MLP CNF (FFJORD)"),
            Map.entry("planar", "planar flow (baseline)"), Map.entry("exact", "exact"),
            Map.entry("hutchinson-gaussian", "Hutchinson, Gaussian"), Map.entry("hutchinson-rademacher", "Hutchinson, Rademacher"),
            Map.entry("direct", "backprop through solver"), Map.entry("adjoint", "adjoint"),
            Map.entry("adjoint-seminorm", "adjoint, seminorm"), Map.entry("checkpointed", "checkpointed adjoint"),
            Map.entry("target", AnalyticDensity.TARGET.displayName()),
            Map.entry("two-moons", AnalyticDensity.TWO_MOONS.displayName()),
            Map.entry("two-circles", AnalyticDensity.TWO_CIRCLES.displayName()));

    private final SettingsViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox box;
    private boolean updating;
    private final ChoiceBox<String> objective = choice("objective", List.of("mle", "kl"));
    private final ChoiceBox<String> target = choice("target", List.of("target", "two-moons", "two-circles"));
    private final ChoiceBox<String> model = choice("model", List.of("hyper", "mlp", "planar"));
    private final Spinner<Integer> width = spinner("width", 1, 1024, 8);
    private final Spinner<Integer> hidden = spinner("hidden", 1, 1024, 8);
    private final TextField hiddenDims = new TextField();
    private final Spinner<Integer> planarLayers = spinner("planarLayers", 1, 256, 4);
    private final ChoiceBox<String> trace = choice("trace", List.of("exact", "hutchinson-gaussian", "hutchinson-rademacher"));
    private final TextField kinetic = new TextField();
    private final TextField jacobian = new TextField();
    private final ChoiceBox<String> method = choice("method", Methods.names());
    private final ChoiceBox<String> sensitivity = choice("sensitivity", List.of("direct", "adjoint", "adjoint-seminorm", "checkpointed"));
    private final LogSlider rtol = new LogSlider("rtolSlider", CnfExperiment.smallestRtol("float32"), 1e-1, 1e-5);
    private final LogSlider atol = new LogSlider("atolSlider", 1e-8, 1e-1, 1e-5);
    private final CheckBox link = new CheckBox("atol = rtol");
    private final LogSlider learningRate = new LogSlider("learningRateSlider", 1e-5, 1e-1, 1e-3);
    private final Spinner<Integer> batch = spinner("batch", 8, 8192, 64);
    private final Spinner<Integer> seed = spinner("seed", 0, 1_000_000, 1);

    SettingsPanel(SettingsViewModel vm) {
        this.vm = vm;
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(96);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        hiddenDims.setId("hiddenDims");
        kinetic.setId("kineticWeight");
        jacobian.setId("jacobianWeight");

        // The solver comes first: its tolerance is the trade-off a user moves most, and it must be
        // reachable without scrolling in a small window.
        section("Solver");
        row("Method", method, "The ODE solver (torchdiffeq's names); fixed-step methods ignore the tolerances");
        row("Sensitivity", sensitivity, "How gradients flow through the solve");
        toleranceRows();
        section("Objective");
        row("Objective", objective, "mle fits the data's samples; kl pushes the base towards an analytic target density");
        row("Target", target, "The analytic density the KL objective matches: the bullseye (a blob inside two rings,"
                + " the paper's Figure 4), two moons or two circles. The heatmap's Target switch shows it");
        section("Model");
        row("Model", model, "Changing it needs a new model (Reset)");
        row("Width", width, "Hypernetwork width: hidden units of the dynamics");
        row("Hidden size", hidden, "Hypernetwork hidden size");
        row("MLP layers", hiddenDims, "FFJORD MLP hidden sizes, comma separated, such as 64,64,64");
        row("Planar layers", planarLayers, "Layers K of the planar flow");
        row("Seed", seed, "Seeds the weights, the batches and the trace noise");
        section("Training");
        row("Trace", trace, "How d log p/dt = -tr(df/dz) is computed");
        row("Kinetic weight", kinetic, "Kinetic-energy regulariser (RNODE); 0 is off. Straighter paths need fewer steps");
        row("Jacobian weight", jacobian, "Jacobian Frobenius regulariser (RNODE); 0 is off");
        row("Learning rate", learningRate, "Adam's learning rate");
        row("Batch size", batch, "Points per iteration");

        bind();
        Label error = new Label();
        error.setId("settingsError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label("Solver, tolerance, trace, regulariser, learning-rate and batch changes apply at the next"
                + " iteration. Objective, model and seed changes need a new model: the banner offers a Reset.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        box = new VBox(10, grid, error, hint);
        vm.draftProperty().addListener((o, a, b) -> show(b));
        show(vm.draft());
    }

    Node node() {
        return box;
    }

    private void bind() {
        onChange(objective, (c, v) -> c.withData(c.dataset(), v, "kl".equals(v) ? target.getValue() : null));
        onChange(target, (c, v) -> "kl".equals(c.objective()) ? c.withData(c.dataset(), c.objective(), v) : c);
        onChange(model, (c, v) -> c.withModel(v, c.width(), c.hidden(), c.hiddenDims(), c.activation(), c.endTime(),
                c.learnEndTime(), c.planarLayers(), c.baseVariance(), c.seed(), c.dtype()));
        onSpin(width, (c, v) -> c.withModel(c.model(), v, c.hidden(), c.hiddenDims(), c.activation(), c.endTime(),
                c.learnEndTime(), c.planarLayers(), c.baseVariance(), c.seed(), c.dtype()));
        onSpin(hidden, (c, v) -> c.withModel(c.model(), c.width(), v, c.hiddenDims(), c.activation(), c.endTime(),
                c.learnEndTime(), c.planarLayers(), c.baseVariance(), c.seed(), c.dtype()));
        onSpin(planarLayers, (c, v) -> c.withModel(c.model(), c.width(), c.hidden(), c.hiddenDims(), c.activation(),
                c.endTime(), c.learnEndTime(), v, c.baseVariance(), c.seed(), c.dtype()));
        onSpin(seed, (c, v) -> c.withModel(c.model(), c.width(), c.hidden(), c.hiddenDims(), c.activation(), c.endTime(),
                c.learnEndTime(), c.planarLayers(), c.baseVariance(), v, c.dtype()));
        onText(hiddenDims, SettingsPanel::parseSizes, (c, v) -> c.withModel(c.model(), c.width(), c.hidden(), v,
                c.activation(), c.endTime(), c.learnEndTime(), c.planarLayers(), c.baseVariance(), c.seed(), c.dtype()));
        onChange(trace, (c, v) -> c.withTraining(c.learningRate(), c.batchSize(), v, c.kineticWeight(), c.jacobianWeight()));
        onText(kinetic, Double::parseDouble, (c, v) -> c.withTraining(c.learningRate(), c.batchSize(), c.trace(), v, c.jacobianWeight()));
        onText(jacobian, Double::parseDouble, (c, v) -> c.withTraining(c.learningRate(), c.batchSize(), c.trace(), c.kineticWeight(), v));
        onSpin(batch, (c, v) -> c.withTraining(c.learningRate(), v, c.trace(), c.kineticWeight(), c.jacobianWeight()));
        learningRate.valueProperty().addListener((o, a, v) -> edit(c -> c.withTraining(v.doubleValue(), c.batchSize(), c.trace(),
                c.kineticWeight(), c.jacobianWeight())));
        onChange(method, (c, v) -> c.withSolver(v, c.sensitivity()));
        onChange(sensitivity, (c, v) -> c.withSolver(c.method(), v));
        rtol.valueProperty().addListener((o, a, v) -> commit(() -> vm.setTolerance(v.doubleValue())));
        atol.valueProperty().addListener((o, a, v) -> commit(() -> vm.setAbsoluteTolerance(v.doubleValue())));
    }

    /** Puts a config into the controls without treating that as edits. */
    private void show(CnfExperiment c) {
        updating = true;
        try {
            objective.setValue(c.objective());
            target.setValue(c.target() == null ? "target" : c.target());
            model.setValue(c.model());
            width.getValueFactory().setValue(c.width());
            hidden.getValueFactory().setValue(c.hidden());
            hiddenDims.setText(String.join(",", c.hiddenDims().stream().map(String::valueOf).toList()));
            planarLayers.getValueFactory().setValue(c.planarLayers());
            seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, c.seed()));
            trace.setValue(c.trace());
            kinetic.setText(Double.toString(c.kineticWeight()));
            jacobian.setText(Double.toString(c.jacobianWeight()));
            learningRate.valueProperty().set(c.learningRate());
            batch.getValueFactory().setValue(c.batchSize());
            method.setValue(c.method());
            sensitivity.setValue(c.sensitivity());
            rtol.valueProperty().set(c.rtol());
            atol.valueProperty().set(c.atol());
            boolean planar = "planar".equals(c.model());
            target.setDisable(!"kl".equals(c.objective()));
            width.setDisable(!"hyper".equals(c.model()));
            hidden.setDisable(!"hyper".equals(c.model()));
            hiddenDims.setDisable(!"mlp".equals(c.model()));
            planarLayers.setDisable(!planar);
            for (Node n : List.of(trace, method, sensitivity, rtol, atol, link, kinetic, jacobian)) {
                n.setDisable(planar);
            }
            boolean fixedStep = !planar && !Methods.byName(c.method()).hasErrorEstimate();
            for (Node n : List.of(rtol, atol, link)) {
                n.setDisable(planar || fixedStep);
            }
        } finally {
            updating = false;
        }
    }

    private void edit(java.util.function.UnaryOperator<CnfExperiment> change) {
        if (!updating && !vm.apply(change)) {
            show(vm.draft());
        }
    }

    /** Shows the draft again when a slider's edit was refused (a slider cannot hold an invalid value). */
    private void commit(java.util.function.BooleanSupplier edit) {
        if (!updating && !edit.getAsBoolean()) {
            show(vm.draft());
        }
    }

    /**
     * The tolerance slider across the panel's full width with its ends named (left is tighter and
     * slower, right looser and faster: easy to guess wrong), the link that ties atol to rtol, and
     * the atol slider shown only when unlinked.
     */
    private void toleranceRows() {
        Label tolLabel = new Label();
        tolLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.linkedTolerancesProperty())
                .then("Tolerance").otherwise("rtol"));
        Tooltip tip = new Tooltip("Error tolerance of the adaptive solver: right is looser (fewer steps, faster),"
                + " left is tighter (more steps, more precise). Linked, it sets rtol and atol alike");
        tolLabel.setTooltip(tip);
        rtol.slider().setTooltip(tip);
        link.setId("linkTolerances");
        link.setTooltip(new Tooltip("Tie atol to rtol (one slider); clear it to set atol by itself"));
        link.selectedProperty().bindBidirectional(vm.linkedTolerancesProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, tolLabel, gap, link);
        Label atolLabel = new Label("atol");
        atolLabel.setTooltip(new Tooltip("Absolute tolerance of the adaptive solver; right is looser and faster"));
        VBox atolBox = new VBox(0, atolLabel, atol, ends("atol"));
        atolBox.visibleProperty().bind(vm.linkedTolerancesProperty().not());
        atolBox.managedProperty().bind(atolBox.visibleProperty());
        VBox box = new VBox(2, head, rtol, ends("rtol"), atolBox);
        grid.add(box, 0, grid.getRowCount(), 2, 1);
    }

    /** The names of a tolerance slider's ends, under it, aligned with the slider's track. */
    private static HBox ends(String id) {
        Label tighter = new Label("\u25C0 more precise");
        Label looser = new Label("faster \u25B6");
        tighter.setId(id + "TighterEnd");
        looser.setId(id + "LooserEnd");
        tighter.getStyleClass().add("muted");
        looser.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(8, tighter, gap, looser);
        ends.getStyleClass().add("slider-ends");
        // The slider's value label takes the right end of its row.
        ends.setPadding(new javafx.geometry.Insets(0, 64, 0, 0));
        return ends;
    }

    private void onChange(ChoiceBox<String> box, BiFunction<CnfExperiment, String, CnfExperiment> change) {
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                edit(c -> change.apply(c, v));
            }
        });
    }

    private void onSpin(Spinner<Integer> spinner, BiFunction<CnfExperiment, Integer, CnfExperiment> change) {
        spinner.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                edit(c -> change.apply(c, v));
            }
        });
    }

    /** A text field commits on Enter and when it loses focus; unparsable text is refused like a bad value. */
    private <T> void onText(TextField field, Function<String, T> parse, BiFunction<CnfExperiment, T, CnfExperiment> change) {
        Runnable commit = () -> edit(c -> {
            T v;
            try {
                v = parse.apply(field.getText().trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + field.getText() + "' is not a valid " + field.getId()
                        + "; type a number (or comma-separated sizes for MLP layers)");
            }
            return change.apply(c, v);
        });
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    static List<Integer> parseSizes(String text) {
        return Arrays.stream(text.split("\\s*,\\s*")).map(Integer::valueOf).toList();
    }

    private void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        grid.add(l, 0, grid.getRowCount(), 2, 1);
    }

    private void row(String label, Node control, String help) {
        Label l = new Label(label);
        Tooltip tip = new Tooltip(help);
        l.setTooltip(tip);
        if (control instanceof javafx.scene.control.Control c) {
            c.setTooltip(tip);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        int r = grid.getRowCount();
        grid.add(l, 0, r);
        grid.add(control, 1, r);
    }

    private static ChoiceBox<String> choice(String id, List<String> values) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : NAMES.getOrDefault(v, v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, min, step);
        s.setEditable(true);
        s.setId(id);
        return s;
    }
}
