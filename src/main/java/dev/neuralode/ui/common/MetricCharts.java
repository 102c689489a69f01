package dev.neuralode.ui.common;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The training charts, updated once per pulse with what the history gained since the last pulse:
 * loss (with the held-out loss beside it when the session holds data out), NFE forward and backward (the paper's NFE against training), seconds per iteration, and the
 * solver X-ray of the last forward solve (step size against time, rejected steps marked).
 *
 * <p>Each metric is drawn as faint dots with a smoothed line on top ({@link SmoothedSeries}); the
 * loss chart's header offers a log axis and a window of recent iterations, which the NFE and
 * seconds charts follow so that their iteration axes stay aligned. A backward NFE that stays 0
 * (gradients by backpropagation through the solver: there is no backward solve) is not drawn as a
 * flat line; its legend key says why it is missing. The charts sit in a {@link ChartColumn}.
 */
public final class MetricCharts {

    /**
     * Least time between chart updates: software rendering redraws a changed chart in full, so four
     * updates a second leave the render thread time for the views, which ten did not (measured in
     * docs/explorers.md, Classifier explorer).
     */
    public static final long MIN_REFRESH_NANOS = 250_000_000L;

    private final XYChart loss = chart("lossChart", "iteration", "loss (nats)");
    private final XYChart nfe = chart("nfeChart", "iteration", "NFE");
    private final XYChart seconds = chart("secondsChart", "iteration", "seconds");
    private final XYChart xray = Charts.chart(null, "t (normalised time)", "step size |dt|");
    private final SmoothedSeries lossSeries = new SmoothedSeries("training loss", Charts.BLUE);
    private final DoubleDataSet heldOut = Charts.line("held-out loss", Charts.ORANGE, 1.8);
    private final SmoothedSeries nfeForward = new SmoothedSeries("forward", Charts.BLUE);
    private final SmoothedSeries nfeBackward = new SmoothedSeries("backward", Charts.ORANGE);
    private final SmoothedSeries secondsSeries = new SmoothedSeries("seconds", Charts.GREEN);
    private final DoubleDataSet accepted = Charts.markers("accepted step", Charts.BLUE, "circle", 3);
    private final DoubleDataSet rejected = Charts.markers("rejected step", Charts.RED, "cross", 6);
    private final ErrorDataSetRenderer nfeDots;
    private final ErrorDataSetRenderer nfeLines;
    private final Node heldOutKey = LegendKey.of(LegendKey.Swatch.LINE, Charts.ORANGE, "held-out loss");
    private final Node backwardKey = LegendKey.of(LegendKey.Swatch.DOTS_UNDER_LINE, Charts.ORANGE, "backward");
    private final HistoryControls controls = new HistoryControls();
    private final ChartColumn column;
    private int shown;
    private int clears;
    private boolean logShown;
    private boolean backwardSeen;
    private TrainingSnapshot tracedSnapshot;
    private long lastRefresh = Long.MIN_VALUE / 2;

    /** Loss, NFE, seconds per iteration and the solver X-ray. */
    public MetricCharts() {
        this(true);
    }

    /**
     * @param solverXray whether to show the X-ray of the last forward solve (sessions whose
     *                   snapshots carry no step trace leave it out)
     * @param above      a view's own charts, placed above these in the same scrolling column
     */
    public MetricCharts(boolean solverXray, Region... above) {
        loss.getDatasets().add(heldOut);
        smoothed(loss, lossSeries);
        nfeLines = (ErrorDataSetRenderer) nfe.getRenderers().get(0);
        nfeDots = smoothed(nfe, nfeForward);
        smoothed(seconds, secondsSeries);
        Charts.yAxis(nfe).setIntegers(true);
        Node lossKey = LegendKey.of(LegendKey.Swatch.DOTS_UNDER_LINE, Charts.BLUE, "training loss");
        Tooltip.install(lossKey, new Tooltip(
                "Dots: each iteration. Line: smoothed, an average over about five iterations on either side."));
        Tooltip.install(heldOutKey, new Tooltip("The loss on the points held out of training (the test set), evaluated every few iterations:"
                + " a gap that opens between it and the training loss is overfitting"));
        heldOutKey.setVisible(false);
        heldOutKey.managedProperty().bind(heldOutKey.visibleProperty());
        new ChartHeader(loss, "Loss").keys(lossKey, heldOutKey).controls(controls.nodes());
        new ChartHeader(nfe, "NFE per iteration").keys(
                LegendKey.of(LegendKey.Swatch.DOTS_UNDER_LINE, Charts.BLUE, "forward"), backwardKey);
        new ChartHeader(seconds, "Seconds per iteration").keys(
                LegendKey.of(LegendKey.Swatch.DOTS_UNDER_LINE, Charts.GREEN, "wall time"));
        // Accepted steps as a line with markers, rejected ones as crosses only; step sizes on a log axis.
        ((ErrorDataSetRenderer) xray.getRenderers().get(0)).setDrawMarker(true);
        xray.getDatasets().add(accepted);
        Charts.addMarkers(xray, rejected);
        Charts.yAxis(xray).setLogarithmic(true);
        xray.setId("xrayChart");
        new ChartHeader(xray, "Solver X-ray: the last forward solve").keys(
                LegendKey.of(LegendKey.Swatch.DOT, Charts.BLUE, "accepted step"),
                LegendKey.of(LegendKey.Swatch.CROSS, Charts.RED, "rejected step"));
        List<Region> charts = new ArrayList<>(List.of(above));
        charts.addAll(solverXray ? List.of(loss, nfe, seconds, xray) : List.of(loss, nfe, seconds));
        column = new ChartColumn(charts.toArray(Region[]::new));
        controls.setOnChange(() -> lastRefresh = Long.MIN_VALUE / 2);
    }

    /** The charts in a column that scrolls when it is too short for them. */
    public Region node() {
        return column.node();
    }

    /** The charts whose x axis is the iteration (loss, NFE, seconds), for marks such as epoch boundaries. */
    public List<XYChart> iterationCharts() {
        return List.of(loss, nfe, seconds);
    }

    /** Points on the NFE chart (forward series), for tests and the status line. */
    public int nfePoints() {
        return nfeForward.raw().getDataCount();
    }

    public int lossPoints() {
        return lossSeries.raw().getDataCount();
    }

    /** Points of the held-out NLL series on the loss chart. */
    public int heldOutPoints() {
        return heldOut.getDataCount();
    }

    /** Whether the backward NFE is drawn (false while every backward NFE so far was 0), for tests. */
    public boolean backwardShown() {
        return backwardSeen;
    }

    /** Appends what the history gained; starts over after it was cleared. Retried next pulse while a chart reads. */
    public void refresh(MetricsHistory history, TrainingSnapshot latest, long now) {
        if (now - lastRefresh < MIN_REFRESH_NANOS) {
            return;
        }
        List<DataSet> sets = new ArrayList<>(List.of(accepted, rejected, heldOut));
        for (SmoothedSeries s : series()) {
            sets.addAll(List.of(s.sets()));
        }
        if (!Charts.writable(sets.toArray(DataSet[]::new))) {
            return;
        }
        if (history.clears() != clears || history.size() < shown || controls.logarithmic() != logShown) {
            startOver(history);
        }
        int size = history.size();
        if (size > shown) {
            append(history, shown, size);
            shown = size;
        }
        fitWindow(history);
        lastRefresh = now;
        if (latest != tracedSnapshot) {
            tracedSnapshot = latest;
            showTrace(latest == null || latest.failed() ? StepTrace.EMPTY : latest.trace());
        }
    }

    private void startOver(MetricsHistory history) {
        if (history.clears() != clears) {
            clears = history.clears();
            backwardSeen = false;
            showBackward(false);
            controls.allowLog(null);
        }
        shown = 0;
        logShown = controls.logarithmic();
        lossSeries.setTransform(logShown ? Math::log10 : v -> v);
        Charts.yAxis(loss).setLogarithmic(logShown);
        for (SmoothedSeries s : series()) {
            s.clear();
        }
        heldOut.clearData();
        heldOutKey.setVisible(false);
    }

    private void append(MetricsHistory history, int from, int to) {
        double[] it = history.column(MetricsHistory.Column.ITERATION, from, to);
        double[] lossValues = history.column(MetricsHistory.Column.LOSS, from, to);
        double[] heldOutValues = history.column(MetricsHistory.Column.HELD_OUT, from, to);
        for (double v : concat(lossValues, heldOutValues)) {
            if (!(v > 0) && Double.isFinite(v)) {
                // A log axis cannot show a loss of 0 or below (a density's NLL can go negative): back to linear.
                controls.allowLog(v);
                if (logShown) {
                    startOver(history);
                    append(history, 0, to);
                    return;
                }
            }
        }
        lossSeries.append(it, lossValues);
        addHeldOut(it, heldOutValues);
        nfeForward.append(it, history.column(MetricsHistory.Column.NFE_FORWARD, from, to));
        double[] backward = history.column(MetricsHistory.Column.NFE_BACKWARD, from, to);
        nfeBackward.append(it, backward);
        if (!backwardSeen && Arrays.stream(backward).anyMatch(v -> v > 0)) {
            backwardSeen = true;
            showBackward(true);
        }
        secondsSeries.append(it, history.column(MetricsHistory.Column.SECONDS, from, to));
    }

    /** The held-out NLL where it was evaluated (every few iterations; NaN in the other rows). */
    private void addHeldOut(double[] it, double[] nll) {
        for (int i = 0; i < it.length; i++) {
            double y = logShown ? Math.log10(nll[i]) : nll[i];
            if (Double.isFinite(y)) {
                heldOut.add(it[i], y);
            }
        }
        heldOutKey.setVisible(heldOut.getDataCount() > 0);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Scales the iteration charts to the chosen window: all data, or recent iterations with their y range. */
    private void fitWindow(MetricsHistory history) {
        IterationWindow window = controls.window();
        double last = lossSeries.lastX();
        if (window == IterationWindow.ALL || history.size() == 0 || Double.isNaN(last)) {
            for (XYChart c : new XYChart[] {loss, nfe, seconds}) {
                Charts.xAxis(c).fitAllData();
                Charts.yAxis(c).fitAllData();
            }
            return;
        }
        double start = window.start(history.value(MetricsHistory.Column.ITERATION, 0), last);
        fit(loss, start, last, lossSeries.raw(), lossSeries.smooth(), heldOut);
        fit(nfe, start, last, backwardSeen ? new DataSet[] {nfeForward.raw(), nfeForward.smooth(), nfeBackward.raw(),
            nfeBackward.smooth()} : nfeForward.sets());
        fit(seconds, start, last, secondsSeries.sets());
    }

    private static void fit(XYChart chart, double start, double last, DataSet... shown) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (DataSet s : shown) {
            SmoothedSeries.extend(range, s, start);
        }
        Charts.xAxis(chart).showRange(start, last);
        Charts.yAxis(chart).showRange(range[0], range[1]);
    }

    /** The backward NFE drawn, or (all 0 so far: backpropagation) left out with a key that says why. */
    private void showBackward(boolean show) {
        nfeLines.getDatasets().remove(nfeBackward.smooth());
        nfeDots.getDatasets().remove(nfeBackward.raw());
        if (show) {
            nfeLines.getDatasets().add(nfeBackward.smooth());
            nfeDots.getDatasets().add(nfeBackward.raw());
        }
        LegendKey.label(backwardKey).setText(show ? "backward" : "backprop: no backward solve");
        backwardKey.setOpacity(show ? 1 : 0.6);
    }

    private SmoothedSeries[] series() {
        return new SmoothedSeries[] {lossSeries, nfeForward, nfeBackward, secondsSeries};
    }

    /**
     * Splits the attempted steps into accepted and rejected, in increasing t (a backward solve runs
     * t down), with log10 |dt| on a log axis so that steps spanning decades stay readable.
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

    /** A chart of a metric against iterations, whose x axis has integer ticks only. */
    private static XYChart chart(String id, String xLabel, String yLabel) {
        XYChart chart = Charts.chart(null, xLabel, yLabel);
        chart.setId(id);
        Charts.xAxis(chart).setIntegers(true);
        return chart;
    }

    /**
     * Draws a smoothed series: its line in the chart's own renderer, its dots in a marker renderer
     * placed first so that the lines are painted over the dots. (The chart's data sets are its first
     * renderer's, so the line is added before the dots' renderer goes in front.)
     *
     * @return the marker renderer, for more series of the same chart
     */
    private static ErrorDataSetRenderer smoothed(XYChart chart, SmoothedSeries series) {
        chart.getDatasets().add(series.smooth());
        ErrorDataSetRenderer dots = Charts.markerRenderer();
        dots.getDatasets().add(series.raw());
        chart.getRenderers().add(0, dots);
        return dots;
    }
}
