package dev.neuralode.ui.lab;

import dev.neuralode.lab.LabStep;
import dev.neuralode.lab.SolveReport;
import dev.neuralode.ui.common.Charts;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The solution in the plane of two of its components, drawn from the dense output, with a dot at the
 * end of every accepted step and a cross where every rejected attempt started; a chaotic problem's
 * twin start is drawn beside it.
 */
final class PhasePlane extends PlotCanvas {

    private SolveViewModel.Result result;
    private int xIndex;
    private int yIndex = 1;

    PhasePlane() {
        super("labPhasePlane", false);
    }

    /** Shows a result in the plane of components {@code i} and {@code j}. */
    void show(SolveViewModel.Result r, int i, int j) {
        result = r;
        xIndex = i;
        yIndex = j;
        double[][] y = r.report().states();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double[][] set : r.twin() == null ? new double[][][] {y} : new double[][][] {y, r.twin().states()}) {
            for (double[] s : set) {
                xMin = Math.min(xMin, s[i]);
                xMax = Math.max(xMax, s[i]);
                yMin = Math.min(yMin, s[j]);
                yMax = Math.max(yMax, s[j]);
            }
        }
        setBox(xMin, xMax, yMin, yMax);
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g) {
        if (result == null) {
            return;
        }
        SolveReport r = result.report();
        if (result.twin() != null) {
            path(g, result.twin().states(), Color.web(Charts.ORANGE), 1.2);
        }
        path(g, r.states(), Color.web(Charts.BLUE), 1.6);
        g.setFill(Color.web(Charts.BLUE));
        g.setStroke(Color.web(Charts.RED));
        g.setLineWidth(1.3);
        for (LabStep s : r.steps()) {
            if (s.accepted()) {
                g.fillOval(px(s.y()[xIndex]) - 2.5, py(s.y()[yIndex]) - 2.5, 5, 5);
            } else {
                cross(g, s.y()[xIndex], s.y()[yIndex], 4);
            }
        }
        g.setFill(Color.gray(0.2));
        g.fillText(r.system().variables().get(xIndex) + " \u2192", canvasWidth() / 2, canvasHeight() - 2);
        g.fillText("\u2191 " + r.system().variables().get(yIndex), 2, canvasHeight() / 2);
    }

    private void path(GraphicsContext g, double[][] y, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        for (int k = 0; k < y.length; k++) {
            if (k == 0) {
                g.moveTo(px(y[k][xIndex]), py(y[k][yIndex]));
            } else {
                g.lineTo(px(y[k][xIndex]), py(y[k][yIndex]));
            }
        }
        g.stroke();
    }
}
