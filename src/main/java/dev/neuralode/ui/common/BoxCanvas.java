package dev.neuralode.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A canvas that fills its region and maps a box of data space, {@code [xMin, xMax, yMin, yMax]},
 * onto it, centred, y up, inside a margin. With {@code equalScale} both axes share one scale (a
 * plane keeps its shapes); otherwise each axis fills the canvas. Subclasses say what to paint.
 */
public abstract class BoxCanvas extends Region {

    public static final Color BACKGROUND = Color.rgb(252, 252, 250);

    private final Canvas canvas = new Canvas();
    private final boolean equalScale;
    private final double margin;
    private double[] box = {-1, 1, -1, 1};

    protected BoxCanvas(String id, boolean equalScale, double margin) {
        this.equalScale = equalScale;
        this.margin = margin;
        setId(id);
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Paints everything again. */
    public final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (margin == 0 || canvas.getWidth() > 2 * margin && canvas.getHeight() > 2 * margin) {
            paint(g);
        }
    }

    protected abstract void paint(GraphicsContext g);

    /** The canvas itself, for exporting a picture of the view. */
    public Canvas canvas() {
        return canvas;
    }

    /** Shows {@code [xMin, xMax, yMin, yMax]} from the next paint on. */
    protected final void setBox(double... bounds) {
        box = bounds.clone();
    }

    protected final double[] box() {
        return box.clone();
    }

    private double scaleX() {
        double sx = (canvas.getWidth() - 2 * margin) / (box[1] - box[0]);
        return equalScale ? Math.min(sx, scaleYAlone()) : sx;
    }

    private double scaleYAlone() {
        return (canvas.getHeight() - 2 * margin) / (box[3] - box[2]);
    }

    private double scaleY() {
        return equalScale ? scaleX() : scaleYAlone();
    }

    /** The pixel column of a data x. */
    protected final double px(double x) {
        return canvas.getWidth() / 2 + (x - (box[0] + box[1]) / 2) * scaleX();
    }

    /** The pixel row of a data y. */
    protected final double py(double y) {
        return canvas.getHeight() / 2 - (y - (box[2] + box[3]) / 2) * scaleY();
    }

    /** The data x at a pixel column. */
    protected final double dataX(double pixel) {
        return (box[0] + box[1]) / 2 + (pixel - canvas.getWidth() / 2) / scaleX();
    }

    /** The data y at a pixel row. */
    protected final double dataY(double pixel) {
        return (box[2] + box[3]) / 2 - (pixel - canvas.getHeight() / 2) / scaleY();
    }

    protected final double canvasWidth() {
        return canvas.getWidth();
    }

    protected final double canvasHeight() {
        return canvas.getHeight();
    }
}
