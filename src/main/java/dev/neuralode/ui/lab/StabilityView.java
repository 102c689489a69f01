package dev.neuralode.ui.lab;

import dev.neuralode.lab.LabStep;
import dev.neuralode.lab.SolveReport;
import dev.neuralode.lab.StabilityRegion;
import dev.neuralode.ui.common.Charts;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The stability region of the chosen method, the set of {@code z} in the complex plane where
 * {@code |R(z)| <= 1} (Hairer and Wanner, Solving ODEs II, section IV.2), shaded from its Butcher
 * tableau, with where its boundary crosses the negative real axis. For the linear test equation
 * {@code y' = lambda y} each step's {@code h lambda} is drawn on it: a step is stable when its point
 * lies inside, so on a stiff problem an explicit method's accepted steps line up along the edge.
 */
final class StabilityView extends PlotCanvas {

    private static final int CELL = 3;
    private static final Color STABLE = Color.rgb(170, 205, 235);

    private StabilityRegion region;
    private String methodName = "";
    private double boundary = Double.NaN;
    private SolveReport report;

    StabilityView() {
        super("labStability", true);
    }

    /** Shows the region of the solve's method and, for the linear test equation, its steps on it. */
    void show(SolveReport r) {
        report = r;
        String name = r.settings().method().name();
        if (!name.equals(methodName)) {
            methodName = name;
            Optional<StabilityRegion> of = StabilityRegion.of(r.settings().method());
            region = of.orElse(null);
            boundary = region == null ? Double.NaN : region.negativeRealBoundary();
        }
        double reach = Double.isNaN(boundary) ? 3 : Math.max(3, -boundary);
        double reMin = -1.25 * reach;
        double reMax = 0.35 * reach;
        double imMax = 1.1 * reach;
        double[] lambda = r.system().lambda();
        if (lambda != null) {
            for (LabStep s : r.steps()) {
                // Points far outside stay in view up to a few times the region's size.
                reMin = Math.min(reMin, Math.max(-4 * reach, s.h() * lambda[0] * 1.1));
                imMax = Math.max(imMax, Math.min(3 * reach, Math.abs(s.h() * lambda[1]) * 1.1));
            }
        }
        fit(reMin, reMax, -imMax, imMax);
        redraw();
    }

    @Override
    protected void plot(GraphicsContext g) {
        if (report == null) {
            return;
        }
        g.setFill(Color.gray(0.2));
        if (region == null) {
            g.fillText(methodName + " is a multistep method: its stability region comes from the roots of a"
                    + " polynomial, not from a Butcher tableau, and is not drawn here.", 10, 30);
            return;
        }
        shade(g);
        g.setStroke(Color.gray(0.45));
        g.setLineWidth(1);
        g.strokeLine(px(box()[0]), py(0), px(box()[1]), py(0));
        g.strokeLine(px(0), py(box()[2]), px(0), py(box()[3]));
        g.setFill(Color.web(Charts.RED));
        g.fillOval(px(boundary) - 3, py(0) - 3, 6, 6);
        g.setFill(Color.gray(0.15));
        g.fillText(String.format(Locale.ROOT, "%s: |R(z)| \u2264 1 shaded; crosses the real axis at %.3f", methodName,
                boundary), 60, 14);
        g.fillText("Re z \u2192", canvasWidth() - 60, py(0) - 4);
        g.fillText("Im z", px(0) + 4, 28);
        double[] lambda = report.system().lambda();
        if (lambda != null) {
            steps(g, lambda);
        } else {
            g.fillText("z = h\u03bb per step is drawn for the linear test equation.", 60, canvasHeight() - 22);
        }
    }

    private void shade(GraphicsContext g) {
        int nx = Math.max(2, (int) (canvasWidth() / CELL));
        int ny = Math.max(2, (int) (canvasHeight() / CELL));
        double x0 = dataX(0);
        double x1 = dataX(canvasWidth());
        double y0 = dataY(canvasHeight());
        double y1 = dataY(0);
        double[][] m = region.sample(x0, x1, y0, y1, nx, ny);
        g.setFill(STABLE);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (m[j][i] <= 1) {
                    g.fillRect(i * canvasWidth() / (nx - 1) - CELL / 2.0, canvasHeight() - j * canvasHeight() / (ny - 1)
                            - CELL / 2.0, CELL + 0.5, CELL + 0.5);
                }
            }
        }
    }

    private void steps(GraphicsContext g, double[] lambda) {
        g.setLineWidth(1.3);
        for (LabStep s : report.steps()) {
            double re = s.h() * lambda[0];
            double im = s.h() * lambda[1];
            if (s.accepted()) {
                g.setFill(Color.web(Charts.BLUE));
                g.fillOval(px(re) - 2.5, py(im) - 2.5, 5, 5);
            } else {
                g.setStroke(Color.web(Charts.RED));
                cross(g, re, im, 4);
            }
        }
        g.setFill(Color.gray(0.15));
        g.fillText("z = h\u03bb: dot per accepted step, cross per rejected attempt", 60, canvasHeight() - 22);
    }
}
