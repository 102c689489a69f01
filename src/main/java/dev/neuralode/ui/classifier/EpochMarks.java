package dev.neuralode.ui.classifier;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import java.util.ArrayList;
import java.util.List;

/**
 * Epoch boundaries marked on charts against iteration, as dashed vertical lines without labels (a
 * chart's title says what they are; labels would collide in a narrow chart). At most {@value #MOST} are drawn: every epoch early on, then every 2nd, 5th, 10th... so
 * that a long run keeps readable marks.
 */
final class EpochMarks {

    static final int MOST = 8;

    private final List<XYChart> charts;
    private final List<List<XValueIndicator>> marks = new ArrayList<>();
    private long shownEpochs = -1;
    private int shownPerEpoch;

    EpochMarks(List<XYChart> charts) {
        this.charts = List.copyOf(charts);
        for (int i = 0; i < charts.size(); i++) {
            marks.add(new ArrayList<>());
        }
    }

    /** The epochs marked for {@code epochs} finished ones: every {@link #stride}-th. */
    static List<Long> marked(long epochs) {
        long stride = stride(epochs);
        List<Long> out = new ArrayList<>();
        for (long k = stride; k <= epochs; k += stride) {
            out.add(k);
        }
        return out;
    }

    /** 1, 2, 5, 10, 20, 50... whichever first keeps the marks at {@value #MOST} or fewer. */
    static long stride(long epochs) {
        for (long decade = 1; ; decade *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (epochs / (m * decade) <= MOST) {
                    return m * decade;
                }
            }
        }
    }

    /** Marks the boundaries of the epochs finished by {@code iteration}; nothing changes until another epoch ends. */
    void show(long iteration, int perEpoch) {
        long epochs = perEpoch <= 0 ? 0 : iteration / perEpoch;
        if (epochs == shownEpochs && perEpoch == shownPerEpoch) {
            return;
        }
        shownEpochs = epochs;
        shownPerEpoch = perEpoch;
        List<Long> at = marked(epochs);
        for (int c = 0; c < charts.size(); c++) {
            XYChart chart = charts.get(c);
            chart.getPlugins().removeAll(marks.get(c));
            marks.get(c).clear();
            for (long k : at) {
                XValueIndicator mark = new XValueIndicator(chart.getXAxis(), k * (double) perEpoch);
                mark.setEditable(false);
                marks.get(c).add(mark);
            }
            chart.getPlugins().addAll(marks.get(c));
        }
    }
}
