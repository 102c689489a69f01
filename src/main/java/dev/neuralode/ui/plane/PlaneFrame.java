package dev.neuralode.ui.plane;

import dev.neuralode.data.LabelledPoints;
import dev.neuralode.model.flow2d.FlowTrajectory;
import dev.neuralode.train.DecisionMap;
import dev.neuralode.train.Flow2dSession;

/**
 * What the 2D views draw for one model at one iteration, computed off the FX thread: the decision
 * map, the data, and the flow carrying a grid of lines and the training points. The flow's points
 * are the grid first ({@code lines} lines across x, then {@code lines} across y, {@code samples}
 * points each), then the training points.
 *
 * @param hyperplane the final linear classifier {@code [w_1, ..., w_dim, b]}
 */
record PlaneFrame(long generation, long iteration, double[] bounds, DecisionMap map, LabelledPoints train,
                  LabelledPoints test, FlowTrajectory flow, int lines, int samples, double[] hyperplane) {

    /** Cells per side of the decision map. */
    static final int MAP_CELLS = 90;
    /** Lines of the grid the flow carries, in each direction. */
    static final int LINES = 15;
    /** Points along each grid line. */
    static final int SAMPLES = 40;
    /** Times at which the flow is evaluated; the scrubber interpolates between them. */
    static final int TIMES = 25;

    /** Points of the grid, before the data in {@link #flow}. */
    int gridPoints() {
        return 2 * lines * samples;
    }

    /** Computes a frame; call it off the FX thread (it waits for the iteration in progress). */
    static PlaneFrame compute(PlaneHandle h, double[] bounds) {
        Flow2dSession s = h.session();
        long iteration = s.iteration();
        DecisionMap map = s.decisionMap(bounds, MAP_CELLS);
        LabelledPoints train = s.data().train();
        double[] grid = grid(bounds);
        double[] data = train.xy();
        double[] xy = new double[grid.length + data.length];
        System.arraycopy(grid, 0, xy, 0, grid.length);
        System.arraycopy(data, 0, xy, grid.length, data.length);
        double[] times = new double[TIMES];
        for (int k = 0; k < TIMES; k++) {
            times[k] = k / (double) (TIMES - 1);
        }
        FlowTrajectory flow = s.trajectory(xy, times);
        return new PlaneFrame(h.generation(), iteration, bounds.clone(), map, train, s.data().test(), flow, LINES, SAMPLES,
                s.hyperplane());
    }

    /** Lines of constant x, then of constant y, across the bounds. */
    static double[] grid(double[] b) {
        double[] xy = new double[2 * 2 * LINES * SAMPLES];
        int k = 0;
        for (int across = 0; across < 2; across++) {
            for (int l = 0; l < LINES; l++) {
                double fixed = l / (double) (LINES - 1);
                for (int i = 0; i < SAMPLES; i++) {
                    double along = i / (double) (SAMPLES - 1);
                    double u = across == 0 ? fixed : along;
                    double v = across == 0 ? along : fixed;
                    xy[k++] = b[0] + u * (b[1] - b[0]);
                    xy[k++] = b[2] + v * (b[3] - b[2]);
                }
            }
        }
        return xy;
    }

    /** Coordinate {@code d} of flow point {@code i} at scrubber time {@code s}, linear between the computed times. */
    double at(double s, int i, int d) {
        double u = Math.max(0, Math.min(1, s)) * (TIMES - 1);
        int k = Math.min(TIMES - 2, (int) Math.floor(u));
        double f = u - k;
        return (1 - f) * flow.coordinate(k, i, d) + f * flow.coordinate(k + 1, i, d);
    }

    /** The square {@code [min, max]^2 } around coordinates {@code dx, dy} of all flow points at all times, so the view stays still while s plays. */
    double[] flowBounds(int dx, int dy) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double lo2 = Double.POSITIVE_INFINITY;
        double hi2 = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < flow.times().length; k++) {
            for (int i = gridPoints(); i < flow.points(); i++) {
                lo = Math.min(lo, flow.coordinate(k, i, dx));
                hi = Math.max(hi, flow.coordinate(k, i, dx));
                lo2 = Math.min(lo2, flow.coordinate(k, i, dy));
                hi2 = Math.max(hi2, flow.coordinate(k, i, dy));
            }
        }
        double cx = (lo + hi) / 2;
        double cy = (lo2 + hi2) / 2;
        double half = Math.max(1e-3, 0.6 * Math.max(hi - lo, hi2 - lo2));
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }
}
