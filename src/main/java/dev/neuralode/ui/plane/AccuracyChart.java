package dev.neuralode.ui.plane;

import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.MetricCharts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.Node;

/** Accuracy against iteration: the training batch's at every iteration, the test set's where it was evaluated. */
final class AccuracyChart {

    private final XYChart chart = Charts.chart("Accuracy", "iteration", "fraction right");
    private final DoubleDataSet train = Charts.line("training batch", Charts.BLUE, 1.2);
    private final DoubleDataSet test = Charts.line("test set", Charts.RED, 2);
    private int shown;
    private int shownTest;
    private int clears = -1;
    private long lastRefresh = Long.MIN_VALUE / 2;

    AccuracyChart() {
        chart.getDatasets().addAll(train, test);
        chart.setLegendVisible(true);
        chart.setId("planeAccuracyChart");
        chart.setPrefHeight(200);
        chart.setMinHeight(140);
    }

    Node node() {
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
