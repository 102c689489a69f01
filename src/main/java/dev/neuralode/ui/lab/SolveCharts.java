package dev.neuralode.ui.lab;

import dev.neuralode.lab.LabStep;
import dev.neuralode.lab.SolveReport;
import dev.neuralode.ui.common.ChartHeader;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.LegendKey;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * The charts of one solve: the components against t (dense output, a dot per accepted step, a cross
 * where each rejected attempt started), the step size and the error ratio against t, and the global
 * error against the reference with the drift of the invariants. Sizes, ratios and errors span
 * decades, so they are plotted as log10 on logarithmic axes.
 */
final class SolveCharts {

    private static final String[] COLOURS = {Charts.BLUE, Charts.GREEN, Charts.PURPLE, Charts.ORANGE};

    private final XYChart trajectory = Charts.chart("", "t", "y");
    private final List<DoubleDataSet> components = new ArrayList<>();
    private final DoubleDataSet acceptedDots = Charts.markers("accepted steps", Charts.BLUE, "circle", 2.5);
    private final DoubleDataSet rejectedCrosses = Charts.markers("rejected attempts", Charts.RED, "cross", 4);

    private final XYChart steps = Charts.chart("", "t", "step size h");
    private final DoubleDataSet acceptedSteps = Charts.markers("accepted h", Charts.BLUE, "circle", 2.5);
    private final DoubleDataSet rejectedSteps = Charts.markers("rejected h", Charts.RED, "cross", 4);
    private final DoubleDataSet ratios = Charts.markers("error ratio", Charts.ORANGE, "rectangle", 2.5);
    private final DoubleDataSet one = Charts.line("ratio 1", Charts.RED, 1);

    private final XYChart errors = Charts.chart("", "t", "|y - reference|");
    private final DoubleDataSet error = Charts.line("global error", Charts.BLUE, 1.6);
    private final DoubleDataSet drift = Charts.line("invariant drift", Charts.ORANGE, 1.4);

    SolveCharts() {
        for (String c : COLOURS) {
            DoubleDataSet s = Charts.line("y", c, 1.6);
            components.add(s);
            trajectory.getDatasets().add(s);
        }
        Charts.addMarkers(trajectory, acceptedDots, rejectedCrosses);
        new ChartHeader(trajectory, "Solution against t").keys(
                LegendKey.of(LegendKey.Swatch.LINE, Charts.BLUE, "dense output"),
                LegendKey.of(LegendKey.Swatch.DOT, Charts.BLUE, "accepted step"),
                LegendKey.of(LegendKey.Swatch.CROSS, Charts.RED, "rejected attempt"));
        Charts.yAxis(steps).setLogarithmic(true);
        steps.getDatasets().add(one);
        Charts.addMarkers(steps, acceptedSteps, rejectedSteps, ratios);
        new ChartHeader(steps, "Step size and error ratio").keys(
                LegendKey.of(LegendKey.Swatch.DOT, Charts.BLUE, "accepted h"),
                LegendKey.of(LegendKey.Swatch.CROSS, Charts.RED, "rejected h"),
                LegendKey.of(LegendKey.Swatch.DOT, Charts.ORANGE, "error ratio (accept \u2264 1)"));
        Charts.yAxis(errors).setLogarithmic(true);
        errors.getDatasets().addAll(error, drift);
        new ChartHeader(errors, "Global error against the reference").keys(
                LegendKey.of(LegendKey.Swatch.LINE, Charts.BLUE, "max |y\u1d62 - ref\u1d62|"),
                LegendKey.of(LegendKey.Swatch.LINE, Charts.ORANGE, "invariant drift"));
        trajectory.setId("labTrajectory");
        steps.setId("labSteps");
        errors.setId("labErrors");
    }


    /** Shows a solve; false if a chart is being drawn and the caller should try on the next pulse. */
    boolean show(SolveReport r) {
        List<DoubleDataSet> all = new ArrayList<>(components);
        all.addAll(List.of(acceptedDots, rejectedCrosses, acceptedSteps, rejectedSteps, ratios, one, error, drift));
        if (!Charts.writable(all.toArray(DoubleDataSet[]::new))) {
            return false;
        }
        double[] t = r.times();
        int n = r.system().dimension();
        for (int i = 0; i < components.size(); i++) {
            if (i < n) {
                components.get(i).set(t, column(r.states(), i));
            } else {
                components.get(i).clearData();
            }
        }
        markers(r, Math.min(n, components.size()));
        stepMarkers(r);
        errorLines(r);
        return true;
    }

    private void markers(SolveReport r, int shown) {
        acceptedDots.clearData();
        rejectedCrosses.clearData();
        for (LabStep s : r.steps()) {
            for (int i = 0; i < shown; i++) {
                if (s.accepted()) {
                    acceptedDots.add(s.end(), s.y()[i]);
                } else {
                    rejectedCrosses.add(s.t(), s.y()[i]);
                }
            }
        }
    }

    private void stepMarkers(SolveReport r) {
        acceptedSteps.clearData();
        rejectedSteps.clearData();
        ratios.clearData();
        for (LabStep s : r.steps()) {
            double logH = Math.log10(Math.abs(s.h()));
            if (s.accepted()) {
                acceptedSteps.add(s.t(), logH);
            } else {
                rejectedSteps.add(s.t(), logH);
            }
            if (s.errorRatio() > 0 && Double.isFinite(s.errorRatio())) {
                ratios.add(s.t(), Math.log10(s.errorRatio()));
            }
        }
        double[] t = r.times();
        if (t.length > 0 && r.settings().adaptive()) {
            one.set(new double[] {t[0], t[t.length - 1]}, new double[] {0, 0});
        } else {
            one.clearData();
        }
    }

    private void errorLines(SolveReport r) {
        error.clearData();
        drift.clearData();
        double[] t = r.times();
        for (int k = 0; k < t.length; k++) {
            if (r.error() != null && r.error()[k] > 0) {
                error.add(t[k], Math.log10(r.error()[k]));
            }
            double d = 0;
            for (double[] inv : r.drift()) {
                d = Math.max(d, Math.abs(inv[k]));
            }
            if (d > 0) {
                drift.add(t[k], Math.log10(d));
            }
        }
    }

    private static double[] column(double[][] y, int i) {
        double[] c = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            c[k] = y[k][i];
        }
        return c;
    }

    Node trajectory() {
        return trajectory;
    }

    Node steps() {
        return steps;
    }

    Node errors() {
        return errors;
    }

    /** Whether every chart's data is empty (nothing shown yet). */
    boolean empty() {
        return acceptedDots.getDataCount() == 0 && rejectedCrosses.getDataCount() == 0;
    }
}
