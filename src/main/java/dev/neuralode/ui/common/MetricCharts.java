package dev.neuralode.ui.common;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The training charts, updated once per pulse with what the history gained since the last pulse:
 * loss (with the held-out NLL beside it when the session holds data out), NFE forward and backward (the paper's NFE against training), seconds per iteration, and the
 * solver X-ray of the last forward solve (log step size against time, rejected steps marked).
 */
public final class MetricCharts {

    /** Least time between chart updates: software rendering redraws a changed chart in full. */
    public static final long MIN_REFRESH_NANOS = 100_000_000L;

    private final XYChart loss = Charts.chart("Loss", "iteration", "loss (nats)");
    private final XYChart nfe = Charts.chart("NFE per iteration: forward and backward", "iteration", "NFE");
    private final XYChart seconds = Charts.chart("Seconds per iteration", "iteration", "seconds");
    private final XYChart xray = Charts.chart("Solver X-ray: step sizes of the last forward solve", "t (normalised time)",
            "log10 |dt|");
    private final DoubleDataSet lossSet = Charts.line("training loss", Charts.BLUE, 1.5);
    private final DoubleDataSet heldOutSet = Charts.line("held-out NLL", Charts.ORANGE, 1.8);
    private final DoubleDataSet nfeForward = Charts.line("forward", Charts.BLUE, 1.5);
    private final DoubleDataSet nfeBackward = Charts.line("backward", Charts.ORANGE, 1.5);
    private final DoubleDataSet secondsSet = Charts.line("seconds", Charts.GREEN, 1.2);
    private final DoubleDataSet accepted = Charts.markers("accepted step", Charts.BLUE, "circle", 3);
    private final DoubleDataSet rejected = Charts.markers("rejected step", Charts.RED, "cross", 6);
    private final VBox box;
    private int shown;
    private int clears;
    private TrainingSnapshot tracedSnapshot;
    private long lastRefresh = Long.MIN_VALUE / 2;

    /** Loss, NFE, seconds per iteration and the solver X-ray. */
    public MetricCharts() {
        this(true);
    }

    /**
     * @param solverXray whether to show the X-ray of the last forward solve (sessions whose
     *                   snapshots carry no step trace leave it out)
     */
    public MetricCharts(boolean solverXray) {
        loss.getDatasets().addAll(lossSet, heldOutSet);
        nfe.getDatasets().addAll(nfeForward, nfeBackward);
        nfe.setLegendVisible(true);
        seconds.getDatasets().add(secondsSet);
        // Accepted steps as a line with markers, rejected ones as crosses only.
        ((ErrorDataSetRenderer) xray.getRenderers().get(0)).setDrawMarker(true);
        xray.getDatasets().add(accepted);
        ErrorDataSetRenderer rejections = Charts.markerRenderer();
        rejections.getDatasets().add(rejected);
        xray.getRenderers().add(rejections);
        xray.setLegendVisible(true);
        loss.setId("lossChart");
        nfe.setId("nfeChart");
        seconds.setId("secondsChart");
        xray.setId("xrayChart");
        XYChart[] shown = solverXray ? new XYChart[] {loss, nfe, seconds, xray} : new XYChart[] {loss, nfe, seconds};
        box = new VBox(4, shown);
        for (XYChart c : shown) {
            VBox.setVgrow(c, Priority.ALWAYS);
            c.setPrefHeight(200);
        }
    }

    public Node node() {
        return box;
    }

    /** The charts whose x axis is the iteration (loss, NFE, seconds), for marks such as epoch boundaries. */
    public List<XYChart> iterationCharts() {
        return List.of(loss, nfe, seconds);
    }

    /** Points on the NFE chart (forward series), for tests and the status line. */
    public int nfePoints() {
        return nfeForward.getDataCount();
    }

    public int lossPoints() {
        return lossSet.getDataCount();
    }

    /** Points of the held-out NLL series on the loss chart. */
    public int heldOutPoints() {
        return heldOutSet.getDataCount();
    }

    /** Appends what the history gained; starts over after it was cleared. Retried next pulse while a chart reads. */
    public void refresh(MetricsHistory history, TrainingSnapshot latest, long now) {
        if (now - lastRefresh < MIN_REFRESH_NANOS) {
            return;
        }
        if (!Charts.writable(lossSet, heldOutSet, nfeForward, nfeBackward, secondsSet, accepted, rejected)) {
            return;
        }
        if (history.clears() != clears || history.size() < shown) {
            clears = history.clears();
            shown = 0;
            for (DoubleDataSet s : new DoubleDataSet[] {lossSet, heldOutSet, nfeForward, nfeBackward, secondsSet}) {
                s.clearData();
            }
            loss.setLegendVisible(false);
        }
        int size = history.size();
        if (size > shown) {
            double[] it = history.column(MetricsHistory.Column.ITERATION, shown, size);
            lossSet.add(it, history.column(MetricsHistory.Column.LOSS, shown, size));
            nfeForward.add(it, history.column(MetricsHistory.Column.NFE_FORWARD, shown, size));
            nfeBackward.add(it, history.column(MetricsHistory.Column.NFE_BACKWARD, shown, size));
            secondsSet.add(it, history.column(MetricsHistory.Column.SECONDS, shown, size));
            addHeldOut(it, history.column(MetricsHistory.Column.HELD_OUT, shown, size));
            shown = size;
        }
        lastRefresh = now;
        if (latest != tracedSnapshot) {
            tracedSnapshot = latest;
            showTrace(latest == null || latest.failed() ? StepTrace.EMPTY : latest.trace());
        }
    }

    /** The held-out NLL where it was evaluated (every few iterations); the legend tells it from the training loss. */
    private void addHeldOut(double[] it, double[] nll) {
        for (int i = 0; i < it.length; i++) {
            if (Double.isFinite(nll[i])) {
                heldOutSet.add(it[i], nll[i]);
            }
        }
        loss.setLegendVisible(heldOutSet.getDataCount() > 0);
    }

    /**
     * Splits the attempted steps into accepted and rejected, in increasing t (a backward solve runs
     * t down), with log10 |dt| so that steps spanning decades stay readable.
     */
    private void showTrace(StepTrace trace) {
        int n = trace.size();
        boolean descending = n > 1 && trace.t()[0] > trace.t()[n - 1];
        DoubleDataSet[] targets = {accepted, rejected};
        for (DoubleDataSet target : targets) {
            boolean wantAccepted = target == accepted;
            double[] t = new double[n];
            double[] dt = new double[n];
            int k = 0;
            for (int j = 0; j < n; j++) {
                int i = descending ? n - 1 - j : j;
                if (trace.accepted()[i] == wantAccepted) {
                    t[k] = trace.t()[i];
                    dt[k++] = Math.log10(Math.abs(trace.dt()[i]));
                }
            }
            target.set(Arrays.copyOf(t, k), Arrays.copyOf(dt, k));
        }
    }
}
