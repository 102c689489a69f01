package dev.neuralode.ui.plane;

import dev.neuralode.ui.common.ChartHeader;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.LegendKey;
import dev.neuralode.ui.common.MetricCharts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;

/** Accuracy against iteration: the training batch's at every iteration, the test set's where it was evaluated. */
final class AccuracyChart {

    private final XYChart chart = Charts.chart(null, "iteration", "fraction right");
    private final DoubleDataSet train = Charts.line("training batch", Charts.BLUE, 1.2);
    private final DoubleDataSet test = Charts.line("test set", Charts.RED, 2);
    private int shown;
    private int shownTest;
    private int clears = -1;
    private long lastRefresh = Long.MIN_VALUE / 2;

    AccuracyChart() {
        chart.getDatasets().addAll(train, test);
        chart.setId("planeAccuracyChart");
        new ChartHeader(chart, "Accuracy").keys(LegendKey.of(LegendKey.Swatch.LINE, Charts.BLUE, "training batch"),
                LegendKey.of(LegendKey.Swatch.LINE, Charts.RED, "test set"));
    }

    /** The chart, for the view's chart column. */
    XYChart chart() {
        return chart;
    }

    int testPoints() {
        return test.getDataCount();
    }

    /** Appends what the history gained; the FX thread calls it once per pulse. */
    void refresh(AccuracyHistory h, long now) {
        if (now - lastRefresh < MetricCharts.MIN_REFRESH_NANOS || !Charts.writable(train, test)) {
            return;
        }
        lastRefresh = now;
        if (h.clears() != clears || h.size() < shown) {
            clears = h.clears();
            shown = 0;
            shownTest = 0;
            train.clearData();
            test.clearData();
        }
        if (h.size() > shown) {
            train.add(h.iterations(shown, h.size()), h.train(shown, h.size()));
            shown = h.size();
        }
        if (h.testSize() > shownTest) {
            test.add(h.testIterations(shownTest, h.testSize()), h.test(shownTest, h.testSize()));
            shownTest = h.testSize();
        }
    }
}
