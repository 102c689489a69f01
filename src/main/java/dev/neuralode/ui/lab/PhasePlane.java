package dev.neuralode.ui.lab;

import dev.neuralode.lab.LabStep;
import dev.neuralode.lab.SolveReport;
import dev.neuralode.ui.common.Charts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The solution in the plane of two of its components, drawn from the dense output, with a dot at the
 * end of every accepted step and a cross where every rejected attempt started; a chaotic problem's
 * twin start is drawn beside it. A one-component problem is drawn in its own phase plane, y against
 * dy/dt = f(t, y).
 */
final class PhasePlane extends PlotCanvas {

    private double[][] path = new double[0][];
    private double[][] twin;
    private final List<double[]> accepted = new ArrayList<>();
    private final List<double[]> rejected = new ArrayList<>();
    private String xLabel = "";
    private String yLabel = "";

    PhasePlane() {
        super("labPhasePlane", false);
    }

    /** Shows a result in the plane of components {@code i} and {@code j}. */
    void show(SolveViewModel.Result r, int i, int j) {
        SolveReport report = r.report();
        List<String> names = report.system().variables();
        boolean scalar = report.system().dimension() == 1;
        xLabel = names.get(scalar ? 0 : i);
        yLabel = scalar ? "d" + names.get(0) + "/dt" : names.get(j);
        path = project(report, report.states(), i, j);
        twin = r.twin() == null ? null : project(report, r.twin().states(), i, j);
        accepted.clear();
        rejected.clear();
        for (LabStep s : report.steps()) {
            double t = s.accepted() ? s.end() : s.t();
            (s.accepted() ? accepted : rejected).add(point(report, t, s.y(), i, j));
        }
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[][] set : twin == null ? new double[][][] {path} : new double[][][] {path, twin}) {
            for (double[] p : set) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.max(box[1], p[0]);
                box[2] = Math.min(box[2], p[1]);
                box[3] = Math.max(box[3], p[1]);
            }
        }
        fit(box[0], box[1], box[2], box[3]);
        redraw();
    }

    private static double[][] project(SolveReport r, double[][] states, int i, int j) {
        double[][] p = new double[states.length][];
        for (int k = 0; k < states.length; k++) {
            p[k] = point(r, r.times()[k], states[k], i, j);
        }
        return p;
    }

    /** Components i and j of a state, or {@code (y, f(t, y))} for a one-component problem. */
    private static double[] point(SolveReport r, double t, double[] y, int i, int j) {
        if (y.length > 1) {
            return new double[] {y[i], y[j]};
        }
        double[] dy = new double[1];
        r.system().f().derivative(t, y, dy);
        return new double[] {y[0], dy[0]};
    }

    @Override
    protected void plot(GraphicsContext g) {
        if (path.length == 0) {
            return;
        }
        if (twin != null) {
            stroke(g, twin, Color.web(Charts.ORANGE), 1.2);
        }
        stroke(g, path, Color.web(Charts.BLUE), 1.6);
        g.setFill(Color.web(Charts.BLUE));
        for (double[] p : accepted) {
            g.fillOval(px(p[0]) - 2.5, py(p[1]) - 2.5, 5, 5);
        }
        g.setStroke(Color.web(Charts.RED));
        g.setLineWidth(1.3);
        for (double[] p : rejected) {
            cross(g, p[0], p[1], 4);
        }
        g.setFill(Color.gray(0.2));
        g.fillText(xLabel + " \u2192", canvasWidth() / 2, canvasHeight() - 2);
        g.fillText("\u2191 " + yLabel, 2, canvasHeight() / 2);
    }

    private void stroke(GraphicsContext g, double[][] points, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        for (int k = 0; k < points.length; k++) {
            if (k == 0) {
                g.moveTo(px(points[k][0]), py(points[k][1]));
            } else {
                g.lineTo(px(points[k][0]), py(points[k][1]));
            }
        }
        g.stroke();
    }
}
