package dev.neuralode.ui.lab;

import dev.neuralode.lab.AdjointProblem;
import dev.neuralode.lab.AdjointProblems;
import dev.neuralode.lab.AdjointReport;
import dev.neuralode.lab.AdjointTruth;
import dev.neuralode.lab.SolveSettings;
import dev.neuralode.ui.common.ChartHeader;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.LegendKey;
import dev.neuralode.ui.common.ProgressJob;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The adjoint's truth: for a problem with parameters and the loss {@code L = sum z(T)^2}, the
 * gradient by backpropagation through the solver, by the adjoint (Chen et al. 2018, Algorithm 1), by
 * the checkpointed adjoint and by finite differences beside a reference; the adjoint's backward
 * reconstruction of {@code z(t)} against the forward solution (on a contracting system it drifts,
 * Gholami et al. 2019, and checkpoints remove the drift); and what each method keeps for the backward
 * pass as the horizon grows. The solver is the side panel's.
 */
final class AdjointView {

    private final Supplier<SolveSettings> settings;
    private final ProgressJob<AdjointReport> compare;
    private final ProgressJob<List<AdjointReport>> sweep;
    private final ComboBox<AdjointProblem> problem = new ComboBox<>();
    private final TextField horizon = new TextField("5");
    private final TextField horizons = new TextField("1,10,100");
    private final AdjointTables tables = new AdjointTables();
    private final XYChart reconstruction = Charts.chart("", "t", "z\u2081");
    private final DoubleDataSet forward = Charts.line("forward z\u2081(t)", Charts.BLUE, 1.6);
    private final DoubleDataSet backAdjoint = Charts.markers("adjoint", Charts.ORANGE, "circle", 2.5);
    private final DoubleDataSet backCheckpointed = Charts.markers("checkpointed", Charts.GREEN, "circle", 2.5);
    private final XYChart errors = Charts.chart("", "t", "|z_backward - z_forward|");
    private final DoubleDataSet errAdjoint = Charts.line("adjoint", Charts.ORANGE, 1.6);
    private final DoubleDataSet errCheckpointed = Charts.line("checkpointed adjoint", Charts.GREEN, 1.6);
    private final ScrollPane node;

    AdjointView(Supplier<SolveSettings> settings, Executor work, Executor fx) {
        this.settings = settings;
        compare = new ProgressJob<>(work, fx, "Compare the four gradients at one horizon T.");
        sweep = new ProgressJob<>(work, fx, "Or sweep the horizon: direct backpropagation's tape grows, the adjoint's"
                + " does not.");
        problem.setId("labAdjointProblem");
        problem.getItems().setAll(AdjointProblems.all());
        problem.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AdjointProblem p) {
                return p == null ? "" : p.title();
            }

            @Override
            public AdjointProblem fromString(String s) {
                return null;
            }
        });
        problem.setValue(AdjointProblems.all().get(0));
        horizon.setId("labAdjointHorizon");
        horizon.setPrefColumnCount(5);
        horizons.setId("labAdjointHorizons");
        horizons.setPrefColumnCount(9);
        JobBar one = new JobBar("labAdjoint", "Compare gradients", compare, this::compare, new Label("T"), horizon);
        JobBar many = new JobBar("labSweep", "Sweep horizons", sweep, this::sweep, new Label("T ="), horizons);
        reconstruction.getDatasets().add(forward);
        Charts.addMarkers(reconstruction, backAdjoint, backCheckpointed);
        new ChartHeader(reconstruction, "Backward reconstruction of z(t)").keys(
                LegendKey.of(LegendKey.Swatch.LINE, Charts.BLUE, "forward"),
                LegendKey.of(LegendKey.Swatch.DOT, Charts.ORANGE, "adjoint"),
                LegendKey.of(LegendKey.Swatch.DOT, Charts.GREEN, "checkpointed"));
        Charts.yAxis(errors).setLogarithmic(true);
        errors.getDatasets().addAll(errAdjoint, errCheckpointed);
        new ChartHeader(errors, "Reconstruction error over t").keys(
                LegendKey.of(LegendKey.Swatch.LINE, Charts.ORANGE, "adjoint"),
                LegendKey.of(LegendKey.Swatch.LINE, Charts.GREEN, "checkpointed adjoint"));
        reconstruction.setId("labReconstruction");
        errors.setId("labReconstructionError");
        HBox charts = new HBox(8, reconstruction, errors);
        HBox.setHgrow(reconstruction, Priority.ALWAYS);
        HBox.setHgrow(errors, Priority.ALWAYS);
        charts.setMinHeight(260);
        Label how = new Label("L = \u03a3 z(T)\u00b2. The reference is backpropagation through dopri8 at rtol = atol"
                + " = 1e-12; errors are relative, ||g - g_ref|| / ||g_ref||. Memory is what the forward pass keeps for"
                + " the backward pass: the tape behind L, and the checkpointed adjoint's stored states.");
        how.setWrapText(true);
        VBox content = new VBox(8, new HBox(8, new Label("Problem"), problem), one.node(), tables.gradients(), charts,
                many.node(), tables.sweep(), how);
        content.setStyle("-fx-padding: 8;");
        node = new ScrollPane(content);
        node.setFitToWidth(true);
        compare.resultProperty().addListener((o, a, rep) -> {
            if (rep != null) {
                show(rep);
            }
        });
        sweep.resultProperty().addListener((o, a, reps) -> {
            if (reps != null) {
                tables.showSweep(reps);
            }
        });
    }

    private void compare() {
        AdjointProblem p = problem.getValue();
        SolveSettings s = settings.get();
        String text = horizon.getText();
        compare.start("Computing four gradients and the reference...", (progress, cancel) ->
                AdjointTruth.run(p, Map.of(), s, number("T", text), new AdjointTruth.Options(true, false, 200),
                        (what, fraction) -> progress.accept(fraction), cancel),
                rep -> "Reference: " + rep.referenceNote() + ".");
    }

    private void sweep() {
        AdjointProblem p = problem.getValue();
        SolveSettings s = settings.get();
        String text = horizons.getText();
        sweep.start("Sweeping the horizon...", (progress, cancel) -> {
            double[] ts = Arrays.stream(text.split(",")).mapToDouble(t -> number("T", t)).toArray();
            return AdjointTruth.sweep(p, Map.of(), s, ts, new AdjointTruth.Options(false, false, 50),
                    (what, fraction) -> progress.accept(fraction), cancel);
        }, reps -> reps.size() + " horizons measured.");
    }

    private static double number(String what, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Named below, with the fix.
        }
        throw new IllegalArgumentException("the horizon " + what + " must be a positive number such as 10, was '"
                + text.trim() + "'");
    }

    private void show(AdjointReport rep) {
        tables.showGradients(rep);
        forward.set(rep.times(), column(rep.trajectory()));
        showBackward(rep.method(AdjointTruth.Method.ADJOINT), backAdjoint, errAdjoint);
        showBackward(rep.method(AdjointTruth.Method.CHECKPOINTED), backCheckpointed, errCheckpointed);
    }

    private static void showBackward(AdjointReport.MethodResult m, DoubleDataSet states, DoubleDataSet error) {
        states.clearData();
        error.clearData();
        if (m == null || m.reconstruction() == null) {
            return;
        }
        AdjointReport.Reconstruction r = m.reconstruction();
        states.set(r.times(), column(r.states()));
        for (int k = 0; k < r.times().length; k++) {
            if (r.error()[k] > 0) {
                error.add(r.times()[k], Math.log10(r.error()[k]));
            }
        }
    }

    private static double[] column(double[][] rows) {
        return Arrays.stream(rows).mapToDouble(row -> row[0]).toArray();
    }

    Node node() {
        return node;
    }
}
