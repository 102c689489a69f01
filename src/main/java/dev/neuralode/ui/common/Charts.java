package dev.neuralode.ui.common;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * The explorer's ChartFX charts made alike: titled, no animation, auto-ranging linear axes that
 * always show at least three readable ticks ({@link PlannedAxis}), a tooltip on data points, and
 * series styled by colour in one place. A chart that shows several series gets its legend in its
 * own header ({@link ChartHeader}); charts stacked in a panel go in a {@link ChartColumn}.
 *
 * <p>Two ChartFX 11.3.1 costs are avoided on purpose. Grid lines are off: its grid renderer draws
 * every grid line through a hatch image cached under a weakly held boxed hash, so after each GC
 * it renders snapshots on the FX thread again (stalls seen in the status bar's pulse monitor
 * under load). Its log axes are not used, because they force those minor grid lines on;
 * log-scale quantities are plotted as log10 on a {@linkplain PlannedAxis#setLogarithmic
 * logarithmic planned axis} instead, whose labels name the values. Renderers run single-threaded:
 * their parallel mode waits on a pool that competes with training for the two cores.
 */
public final class Charts {

    /** Series colours (colour-blind safe: blue, orange, green, vermillion, purple). */
    public static final String BLUE = "#1f77b4";
    public static final String ORANGE = "#e69f00";
    public static final String GREEN = "#009e73";
    public static final String RED = "#d55e00";
    public static final String PURPLE = "#7b4ea3";

    private Charts() {
    }

    /** A chart whose first renderer draws lines with small markers and no error bars. */
    public static XYChart chart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChart(axis(xLabel, Side.BOTTOM), axis(yLabel, Side.LEFT));
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinSize(120, 120);
        chart.getPlugins().add(new DataPointTooltip());
        ErrorDataSetRenderer renderer = (ErrorDataSetRenderer) chart.getRenderers().get(0);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(false);
        renderer.setPointReduction(true);
        renderer.setParallelImplementation(false);
        hideGrid(chart);
        chart.getStyleClass().add("explorer-chart");
        return chart;
    }

    /** The chart's x axis, which {@link #chart} makes a {@link PlannedAxis}. */
    public static PlannedAxis xAxis(XYChart chart) {
        return (PlannedAxis) chart.getXAxis();
    }

    /** The chart's y axis, which {@link #chart} makes a {@link PlannedAxis}. */
    public static PlannedAxis yAxis(XYChart chart) {
        return (PlannedAxis) chart.getYAxis();
    }

    public static void hideGrid(XYChart chart) {
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMajorGrid().setVisible(false);
        chart.getGridRenderer().getHorizontalMinorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMinorGrid().setVisible(false);
    }

    /** An auto-ranging axis with at least three readable ticks ({@link PlannedAxis}). */
    public static PlannedAxis axis(String label, Side side) {
        PlannedAxis axis = new PlannedAxis(label);
        axis.setSide(side);
        axis.setAnimated(false);
        axis.setAutoRanging(true);
        axis.setAutoRangeRounding(false);
        axis.setAutoRangePadding(0.05);
        axis.setForceZeroInRange(false);
        axis.setUnit(null);
        return axis;
    }

    /**
     * Whether data sets can be written now without blocking. A chart read-locks its data sets from
     * its layout until the end of the pulse, and a layout can also happen outside a pulse (or in a
     * hidden tab); a write from the FX thread in that window would wait on the FX thread itself.
     * Callers that get false keep their data and try again on the next pulse.
     */
    public static boolean writable(DataSet... sets) {
        for (DataSet s : sets) {
            if (s.lock() instanceof DefaultDataSetLock<?> lock && lock.getReaderCount() > 0) {
                return false;
            }
        }
        return true;
    }

    /** A line series in a colour. */
    public static DoubleDataSet line(String name, String colour, double width) {
        DoubleDataSet set = new DoubleDataSet(name);
        set.setStyle("-fx-line-color: " + colour + "; -fx-line-width: " + width + "; -fx-marker-size: 0;");
        return set;
    }

    /** A series drawn as markers only, in its own renderer (so lines stay off). */
    public static ErrorDataSetRenderer markerRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setErrorStyle(ErrorStyle.NONE);
        r.setPolyLineStyle(LineStyle.NONE);
        r.setDrawMarker(true);
        r.setPointReduction(true);
        r.setParallelImplementation(false);
        return r;
    }

    /**
     * Draws {@code sets} as markers over the chart's lines, in a marker renderer of their own appended
     * to the chart's renderers.
     *
     * @return the renderer, for sets added later
     */
    public static ErrorDataSetRenderer addMarkers(XYChart chart, DataSet... sets) {
        ErrorDataSetRenderer r = markerRenderer();
        r.getDatasets().addAll(sets);
        chart.getRenderers().add(r);
        return r;
    }

    /** A marker series: {@code shape} is a ChartFX marker name such as circle, rectangle or cross. */
    public static DoubleDataSet markers(String name, String colour, String shape, double size) {
        DoubleDataSet set = new DoubleDataSet(name);
        set.setStyle("-fx-marker-color: " + colour + "; -fx-marker-type: " + shape + "; -fx-marker-size: " + size
                + "; -fx-line-color: " + colour + "; -fx-line-width: 1.2;");
        return set;
    }
}
