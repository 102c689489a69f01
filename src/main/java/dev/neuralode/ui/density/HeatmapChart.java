package dev.neuralode.ui.density;

import dev.neuralode.train.DensityGrid;
import dev.neuralode.ui.common.Charts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;

/**
 * The live log-density heatmap: a ChartFX chart whose {@link ContourDataSetRenderer} draws the grid
 * with the explorer's colour ramp and a colour bar of log p, plus a transparent canvas laid exactly
 * over the chart's plot canvas, on which the overlays are painted in data coordinates. (ChartFX
 * 11.3.1's own canvas-foreground pane is not laid out, so it cannot host the overlay.)
 */
final class HeatmapChart {

    private final DefaultNumericAxis xAxis = Charts.axis("x", Side.BOTTOM);
    private final DefaultNumericAxis yAxis = Charts.axis("y", Side.LEFT);
    private final DefaultNumericAxis zAxis = Charts.axis("log p (clipped 8 nats below the peak)", Side.RIGHT);
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final DoubleGridDataSet grid = new DoubleGridDataSet("log p", false,
            new double[][] {{0, 1}, {0, 1}}, new double[] {0, 0, 0, 0});
    private final Canvas overlay = new Canvas();
    private final Pane host = new Pane(chart, overlay) {
        @Override
        protected void layoutChildren() {
            chart.resizeRelocate(0, 0, getWidth(), getHeight());
            chart.layout();
            Bounds plot = sceneToLocal(chart.getCanvas().localToScene(chart.getCanvas().getLayoutBounds()));
            if (plot != null) {
                overlay.relocate(plot.getMinX(), plot.getMinY());
                overlay.setWidth(plot.getWidth());
                overlay.setHeight(plot.getHeight());
            }
        }
    };
    private Runnable onOverlayResize = () -> { };

    HeatmapChart() {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setId("heatmap");
        zAxis.setDimIndex(DataSet.DIM_Z);
        ContourDataSetRenderer renderer = new ContourDataSetRenderer();
        renderer.setContourType(ContourType.HEATMAP);
        renderer.setColorGradient(gradient());
        renderer.setSmooth(true);
        renderer.setComputeLocalRange(true);
        renderer.setParallelImplementation(false);
        renderer.getAxes().addAll(xAxis, yAxis, zAxis);
        renderer.getDatasets().add(grid);
        chart.getRenderers().setAll(renderer);
        chart.getAxes().add(zAxis);
        Charts.hideGrid(chart);
        for (DefaultNumericAxis a : List.of(xAxis, yAxis)) {
            a.setAutoRanging(false);
        }
        overlay.setMouseTransparent(true);
        overlay.widthProperty().addListener((o, a, b) -> onOverlayResize.run());
        overlay.heightProperty().addListener((o, a, b) -> onOverlayResize.run());
        Canvas plot = chart.getCanvas();
        for (var p : List.of(plot.widthProperty(), plot.heightProperty(), plot.layoutXProperty(), plot.layoutYProperty())) {
            p.addListener((o, a, b) -> host.requestLayout());
        }
    }

    /** The chart with the overlay canvas laid exactly over its plot area. */
    Node node() {
        return host;
    }

    XYChart chart() {
        return chart;
    }

    Canvas overlay() {
        return overlay;
    }

    void setOnOverlayResize(Runnable action) {
        onOverlayResize = action;
    }

    /**
     * Data to overlay pixels. The overlay covers exactly the plot area, so this is a linear map of
     * the axis range; it does not wait for the axes' next layout after a range change.
     */
    double toPixelX(double x) {
        return (x - xAxis.getMin()) / (xAxis.getMax() - xAxis.getMin()) * overlay.getWidth();
    }

    double toPixelY(double y) {
        return (1 - (y - yAxis.getMin()) / (yAxis.getMax() - yAxis.getMin())) * overlay.getHeight();
    }

    /**
     * Shows a grid: clipped log p on its cell centres, the axes fixed to the grid's square.
     *
     * @return false when the chart is reading its data (try again next pulse)
     */
    boolean show(DensityGrid g) {
        if (!Charts.writable(grid)) {
            return false;
        }
        int n = g.n();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = g.x(i);
            ys[i] = g.y(i);
        }
        setRange(xAxis, g.xMin(), g.xMax());
        setRange(yAxis, g.yMin(), g.yMax());
        grid.set(false, new double[][] {xs, ys}, DensityColours.clipped(g));
        for (int dim = 0; dim < 3; dim++) {
            grid.recomputeLimits(dim);
        }
        return true;
    }

    private static void setRange(DefaultNumericAxis axis, double min, double max) {
        if (axis.getMin() != min || axis.getMax() != max) {
            axis.set(min, max);
        }
    }

    private static ColorGradient gradient() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < DensityColours.STOPS.length; i++) {
            int rgb = DensityColours.RGB[i];
            stops.add(new Stop(DensityColours.STOPS[i], Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)));
        }
        return new ColorGradient("density", stops);
    }
}
