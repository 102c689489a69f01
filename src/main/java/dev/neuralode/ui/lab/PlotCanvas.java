package dev.neuralode.ui.lab;

import dev.neuralode.ui.common.BoxCanvas;
import dev.neuralode.ui.common.TickLabels;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A lab plot on a {@link BoxCanvas}: a margin with the box's end values written at the edges, a box
 * fitted to the data with some room around it, and crosses for rejected steps. Subclasses say what
 * to plot.
 */
abstract class PlotCanvas extends BoxCanvas {

    private static final double MARGIN = 18;

    PlotCanvas(String id, boolean equalScale) {
        super(id, equalScale, MARGIN);
        setMinSize(180, 160);
        setPrefSize(360, 300);
    }

    @Override
    protected final void paint(GraphicsContext g) {
        plot(g);
        labelBox(g);
    }

    /** Draws the plot itself. */
    protected abstract void plot(GraphicsContext g);

    /** Shows {@code [xMin, xMax, yMin, yMax]} with 5% room, widened where it is empty or not finite. */
    final void fit(double xMin, double xMax, double yMin, double yMax) {
        double[] x = widen(xMin, xMax);
        double[] y = widen(yMin, yMax);
        setBox(x[0], x[1], y[0], y[1]);
    }

    private static double[] widen(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {-1, 1};
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-9, 0.5 * Math.abs(lo));
        return new double[] {lo - pad, hi + pad};
    }

    /** A cross of half-size {@code r} pixels at a data point. */
    final void cross(GraphicsContext g, double x, double y, double r) {
        double cx = px(x);
        double cy = py(y);
        g.strokeLine(cx - r, cy - r, cx + r, cy + r);
        g.strokeLine(cx - r, cy + r, cx + r, cy - r);
    }

    private void labelBox(GraphicsContext g) {
        double w = canvasWidth();
        double h = canvasHeight();
        g.setFill(Color.gray(0.35));
        g.setFont(javafx.scene.text.Font.font(10));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(TickLabels.single(dataX(MARGIN)), MARGIN, h - 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(TickLabels.single(dataX(w - MARGIN)), w - MARGIN, h - 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(TickLabels.single(dataY(MARGIN)), 2, 2);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(TickLabels.single(dataY(h - MARGIN)), 2, h - MARGIN);
    }
}
