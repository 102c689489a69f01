package dev.neuralode.ui.lab;

import dev.neuralode.ui.common.TickLabels;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A canvas that fills its region and maps a box of data space, {@code [xMin, xMax, yMin, yMax]},
 * onto it, y up, with the box's end values written at the edges. With {@code equalScale} both axes
 * use one scale (a stability region keeps its shape); otherwise each axis fills the canvas.
 * Subclasses say what to paint.
 */
abstract class PlotCanvas extends Region {

    private static final Color BACKGROUND = Color.rgb(252, 252, 250);
    private static final double MARGIN = 18;

    private final Canvas canvas = new Canvas();
    private final boolean equalScale;
    private double[] box = {-1, 1, -1, 1};

    PlotCanvas(String id, boolean equalScale) {
        this.equalScale = equalScale;
        setId(id);
        getChildren().add(canvas);
        setMinSize(180, 160);
        setPrefSize(360, 300);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Paints everything again. */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 2 * MARGIN && canvas.getHeight() > 2 * MARGIN) {
            paint(g);
            labelBox(g);
        }
    }

    protected abstract void paint(GraphicsContext g);

    /** Shows {@code [xMin, xMax, yMin, yMax]}, widened where it is empty or not finite. */
    final void setBox(double xMin, double xMax, double yMin, double yMax) {
        double[] x = widen(xMin, xMax);
        double[] y = widen(yMin, yMax);
        box = new double[] {x[0], x[1], y[0], y[1]};
    }

    private static double[] widen(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {-1, 1};
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-9, 0.5 * Math.abs(lo));
        return new double[] {lo - pad, hi + pad};
    }

    double[] box() {
        return box.clone();
    }

    private double scaleX() {
        double sx = (canvas.getWidth() - 2 * MARGIN) / (box[1] - box[0]);
        return equalScale ? Math.min(sx, scaleYRaw()) : sx;
    }

    private double scaleYRaw() {
        return (canvas.getHeight() - 2 * MARGIN) / (box[3] - box[2]);
    }

    private double scaleY() {
        return equalScale ? scaleX() : scaleYRaw();
    }

    double px(double x) {
        return canvas.getWidth() / 2 + (x - (box[0] + box[1]) / 2) * scaleX();
    }

    double py(double y) {
        return canvas.getHeight() / 2 - (y - (box[2] + box[3]) / 2) * scaleY();
    }

    /** The data x at a pixel column. */
    double dataX(double pixel) {
        return (box[0] + box[1]) / 2 + (pixel - canvas.getWidth() / 2) / scaleX();
    }

    /** The data y at a pixel row. */
    double dataY(double pixel) {
        return (box[2] + box[3]) / 2 - (pixel - canvas.getHeight() / 2) / scaleY();
    }

    double canvasWidth() {
        return canvas.getWidth();
    }

    double canvasHeight() {
        return canvas.getHeight();
    }

    /** A cross of half-size {@code r} pixels at a data point. */
    final void cross(GraphicsContext g, double x, double y, double r) {
        double cx = px(x);
        double cy = py(y);
        g.strokeLine(cx - r, cy - r, cx + r, cy + r);
        g.strokeLine(cx - r, cy + r, cx + r, cy - r);
    }

    private void labelBox(GraphicsContext g) {
        g.setFill(Color.gray(0.35));
        g.setFont(javafx.scene.text.Font.font(10));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(TickLabels.single(dataX(MARGIN)), MARGIN, canvas.getHeight() - 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(TickLabels.single(dataX(canvas.getWidth() - MARGIN)), canvas.getWidth() - MARGIN,
                canvas.getHeight() - 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(TickLabels.single(dataY(MARGIN)), 2, 2);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(TickLabels.single(dataY(canvas.getHeight() - MARGIN)), 2, canvas.getHeight() - MARGIN);
    }
}
