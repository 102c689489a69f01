package dev.neuralode.ui.plane;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A canvas that fills its region and shows a square of data space, {@code [xMin, xMax, yMin, yMax]},
 * as large as fits and centred, y up. Subclasses say what to paint.
 */
abstract class PlaneCanvas extends Region {

    static final Color BACKGROUND = Color.rgb(252, 252, 250);

    protected final Canvas canvas = new Canvas();
    private double[] box = {-2, 2, -2, 2};

    PlaneCanvas(String id) {
        setId(id);
        getChildren().add(canvas);
        setMinSize(200, 200);
        setPrefSize(480, 480);
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
        paint(g);
    }

    protected abstract void paint(GraphicsContext g);

    /** The canvas itself, for exporting a picture of the view. */
    Canvas canvas() {
        return canvas;
    }

    void setBox(double[] bounds) {
        box = bounds.clone();
    }

    double[] box() {
        return box.clone();
    }

    double scale() {
        return Math.min(canvas.getWidth() / (box[1] - box[0]), canvas.getHeight() / (box[3] - box[2]));
    }

    double px(double x) {
        return canvas.getWidth() / 2 + (x - (box[0] + box[1]) / 2) * scale();
    }

    double py(double y) {
        return canvas.getHeight() / 2 - (y - (box[2] + box[3]) / 2) * scale();
    }

    double dataX(double px) {
        return (px - canvas.getWidth() / 2) / scale() + (box[0] + box[1]) / 2;
    }

    double dataY(double py) {
        return (canvas.getHeight() / 2 - py) / scale() + (box[2] + box[3]) / 2;
    }

    /**
     * Points of the two classes: filled with a white rim (training data) or hollow (test data). Each
     * class is one path of circles filled or stroked at once: software rendering sets up every shape
     * separately, and a thousand shapes a frame made painting the view the FX thread's longest wait
     * (measured in docs/explorers.md, Classifier explorer).
     */
    void points(GraphicsContext g, int n, IntToDoubleFunction x, IntToDoubleFunction y, IntUnaryOperator labels, boolean hollow,
            double radius) {
        for (int label = 0; label < 2; label++) {
            g.beginPath();
            for (int i = 0; i < n; i++) {
                if (labels.applyAsInt(i) == label) {
                    double cx = px(x.applyAsDouble(i));
                    double cy = py(y.applyAsDouble(i));
                    g.moveTo(cx + radius, cy);
                    g.arc(cx, cy, radius, radius, 0, 360);
                }
            }
            if (hollow) {
                g.setStroke(PlaneColours.of(label));
                g.setLineWidth(1.5);
                g.stroke();
            } else {
                g.setFill(PlaneColours.of(label));
                g.fill();
                g.setStroke(Color.WHITE);
                g.setLineWidth(0.6);
                g.stroke();
            }
        }
    }

    /** A caption in the top left corner. */
    void caption(GraphicsContext g, String text) {
        g.setFill(Color.rgb(40, 40, 40));
        g.fillText(text, 8, 16);
    }
}
