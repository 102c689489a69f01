package dev.neuralode.ui.plane;

import dev.neuralode.ui.common.BoxCanvas;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A canvas that fills its region and shows a square of data space, {@code [xMin, xMax, yMin, yMax]},
 * as large as fits and centred, y up. Subclasses say what to paint.
 */
abstract class PlaneCanvas extends BoxCanvas {

    PlaneCanvas(String id) {
        super(id, true, 0);
        setBox(-2, 2, -2, 2);
        setMinSize(200, 200);
        setPrefSize(480, 480);
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
