package dev.neuralode.ui.common;

import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.util.ArrayList;
import java.util.List;

/**
 * A ChartFX numeric axis whose range and ticks come from {@link TickPlanner}: always at least three
 * labelled ticks (ChartFX 11.3.1's own planner leaves a narrow range or a constant series with one
 * tick or none, and puts fractional ticks on iteration axes), integer ticks on integer axes, and
 * compact labels. As many ticks as fit the axis length: about two lines of text apart vertically,
 * a label width plus a gap horizontally. No minor ticks.
 *
 * <p>On a {@linkplain #setLogarithmic logarithmic} axis the plotted values are log10 of the
 * quantity and the labels name the quantity itself (ChartFX's own log axis is avoided for the
 * reason given in {@link Charts}).
 */
public final class PlannedAxis extends DefaultNumericAxis {

    private static final double LABEL_GAP = 14;
    /** More ticks than this only crowd an axis, however long. */
    private static final int MOST_TICKS = 10;
    private boolean integers;
    private boolean logarithmic;
    private TickPlanner.Ticks ticks = new TickPlanner.Ticks(0, 1, 0, new double[0], new String[0]);

    public PlannedAxis(String label) {
        super(label);
        // The planner already spaces ticks for their labels; ChartFX's default would hide every other
        // label whenever its own estimate disagrees, which can leave two labels, or one.
        setOverlapPolicy(AxisLabelOverlapPolicy.DO_NOTHING);
    }

    /** Integer ticks only, for counts such as iterations and NFE. */
    public void setIntegers(boolean integers) {
        this.integers = integers;
        invalidateRange();
        requestAxisLayout();
    }

    /** Whether the plotted values are log10 of the quantity named by the labels. */
    public void setLogarithmic(boolean logarithmic) {
        this.logarithmic = logarithmic;
        invalidateRange();
        requestAxisLayout();
    }

    public boolean isLogarithmic() {
        return logarithmic;
    }

    /**
     * Shows {@code [min, max]} (padded and widened as an auto-ranged axis would be) instead of the
     * range of all data; {@link #fitAllData} goes back to the latter.
     */
    public void showRange(double min, double max) {
        double[] r = TickPlanner.range(min, max, integers && !logarithmic, getAutoRangePadding(), margin(getLength()));
        setAutoRanging(false);
        if (getMin() != r[0] || getMax() != r[1]) {
            set(r[0], r[1]);
            requestAxisLayout();
        }
    }

    /** Ranges over all data again. */
    public void fitAllData() {
        if (!isAutoRanging()) {
            setAutoRanging(true);
            requestAxisLayout();
        }
    }

    /** The tick labels drawn (ChartFX hides one that would stick out of the axis), lowest first, for tests. */
    public List<String> drawnTickLabels() {
        List<String> drawn = new ArrayList<>();
        for (TickMark mark : getTickMarks()) {
            if (mark.isVisible() && !mark.getText().isEmpty()) {
                drawn.add(mark.getText());
            }
        }
        return drawn;
    }

    @Override
    protected AxisRange autoRange(double min, double max, double length, double labelSize) {
        double[] r = TickPlanner.range(min, max, integers && !logarithmic, getAutoRangePadding(), margin(length));
        return computeRange(r[0], r[1], length, labelSize);
    }

    /** The range as given: the planner, not ChartFX's rounding, decides where ticks go. */
    @Override
    protected AxisRange computeRange(double min, double max, double length, double labelSize) {
        return new AxisRange(min, max, length, calculateNewScale(length, min, max), getTickUnit());
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList tickValues) {
        ticks = plan(range.getMin(), range.getMax(), getLength());
        for (double v : ticks.values()) {
            tickValues.add(v);
        }
    }

    @Override
    protected void calculateMinorTickValues(DoubleArrayList tickValues) {
        // none: they would only crowd a small chart
    }

    @Override
    public String getTickMarkLabel(double value) {
        double[] values = ticks.values();
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i] - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
                return ticks.labels()[i];
            }
        }
        return TickLabels.single(logarithmic ? Math.pow(10, value) : value);
    }

    /** Plans with as many ticks as fit; horizontally the labels' own width decides, so it plans twice. */
    private TickPlanner.Ticks plan(double lo, double hi, double length) {
        double pitch = getSide() != null && getSide().isHorizontal() ? labelWidth(6) + LABEL_GAP : 3 * fontSize();
        TickPlanner.Ticks t = plan(lo, hi, length, pitch);
        if (getSide() != null && getSide().isHorizontal()) {
            int widest = 1;
            for (String label : t.labels()) {
                widest = Math.max(widest, label.length());
            }
            t = plan(lo, hi, length, labelWidth(widest) + LABEL_GAP);
        }
        return t;
    }

    private TickPlanner.Ticks plan(double lo, double hi, double length, double pitch) {
        int fit = Math.min(MOST_TICKS, (int) Math.floor(length / pitch));
        return logarithmic ? TickPlanner.log(lo, hi, fit, margin(length))
                : TickPlanner.linear(lo, hi, integers, fit, margin(length));
    }

    /** The share of the axis at each end where a label centred on a tick would stick out. */
    private double margin(double length) {
        if (!(length > 0)) {
            return 0.04;
        }
        double half = getSide() != null && getSide().isHorizontal() ? labelWidth(4) / 2 : 0.6 * fontSize();
        return Math.min(0.2, half / length);
    }

    private double labelWidth(int chars) {
        return 0.62 * fontSize() * chars;
    }

    private double fontSize() {
        return getTickLabelFont() == null ? 10 : getTickLabelFont().getSize();
    }
}
