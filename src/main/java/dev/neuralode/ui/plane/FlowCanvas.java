package dev.neuralode.ui.plane;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The flow view: a grid of lines over the data and the training points, carried by the model's map
 * to scrubber time s, in the chosen pair of coordinates. A flow deforms the grid without tearing or
 * folding it; a ResNet's lines may cross. At s = 1 the final linear classifier's line is drawn where
 * it is one (a state of two coordinates).
 */
final class FlowCanvas extends PlaneCanvas {

    private static final Color GRID = Color.rgb(110, 110, 110, 0.45);
    private static final Color SEPARATOR = Color.rgb(20, 20, 20);

    private final PlaneViewModel vm;

    FlowCanvas(PlaneViewModel vm) {
        super("planeFlowCanvas");
        this.vm = vm;
        vm.frameProperty().addListener((o, a, b) -> redraw());
        vm.flowTimeProperty().addListener((o, a, b) -> redraw());
        vm.pairProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    protected void paint(GraphicsContext g) {
        PlaneFrame f = vm.frameProperty().get();
        if (f == null) {
            caption(g, "Flow: computing...");
            return;
        }
        CoordinatePair p = vm.pairProperty().get();
        if (p.y() >= f.flow().dim()) {
            p = CoordinatePair.PLANE;
        }
        double s = vm.flowTimeProperty().get();
        setBox(f.flowBounds(p.x(), p.y()));
        grid(g, f, p, s);
        int first = f.gridPoints();
        int x = p.x();
        int y = p.y();
        points(g, f.flow().points() - first, i -> f.at(s, first + i, x), i -> f.at(s, first + i, y), f.train()::label, false, 3);
        if (s >= 0.999 && f.flow().dim() == 2) {
            separator(g, f.hyperplane());
        }
        caption(g, String.format(Locale.ROOT, "Flow at s = %.2f, coordinates %s", s, p));
    }

    private void grid(GraphicsContext g, PlaneFrame f, CoordinatePair p, double s) {
        g.setStroke(GRID);
        g.setLineWidth(1);
        // One path for all lines, stroked once (see PlaneCanvas#points on software rendering).
        g.beginPath();
        int lines = 2 * f.lines();
        for (int l = 0; l < lines; l++) {
            for (int k = 0; k < f.samples(); k++) {
                int i = l * f.samples() + k;
                double x = px(f.at(s, i, p.x()));
                double y = py(f.at(s, i, p.y()));
                if (k == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
        }
        g.stroke();
    }

    /** The line {@code w1 x + w2 y + b = 0} across the view. */
    private void separator(GraphicsContext g, double[] h) {
        double[] b = box();
        double w1 = h[0];
        double w2 = h[1];
        double c = h[2];
        g.setStroke(SEPARATOR);
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        if (Math.abs(w2) >= Math.abs(w1) && w2 != 0) {
            g.strokeLine(px(b[0]), py(-(c + w1 * b[0]) / w2), px(b[1]), py(-(c + w1 * b[1]) / w2));
        } else if (w1 != 0) {
            g.strokeLine(px(-(c + w2 * b[2]) / w1), py(b[2]), px(-(c + w2 * b[3]) / w1), py(b[3]));
        }
        g.setLineDashes();
    }
}
