package dev.neuralode.train;

import dev.neuralode.data.AnalyticDensity;

/**
 * {@code log p_s} on an n x n grid over {@code [xMin, xMax] x [yMin, yMax]} at normalised time s
 * (0 = base, 1 = data): cell centres, row-major with y in rows, {@code logDensity[iy * n + ix]}.
 *
 * @param nfe function evaluations the grid cost, summed over the batches it was computed in (0 for the base density)
 */
public record DensityGrid(double s, double xMin, double xMax, double yMin, double yMax, int n, double[] logDensity,
                          int nfe) {

    public double x(int ix) {
        return xMin + (ix + 0.5) * (xMax - xMin) / n;
    }

    public double y(int iy) {
        return yMin + (iy + 0.5) * (yMax - yMin) / n;
    }

    /** The grid's cell centres, row-major {@code (n * n, 2)}. */
    static double[] centres(double xMin, double xMax, double yMin, double yMax, int n) {
        double[] xy = new double[2 * n * n];
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                xy[2 * k] = xMin + (ix + 0.5) * (xMax - xMin) / n;
                xy[2 * k + 1] = yMin + (iy + 0.5) * (yMax - yMin) / n;
            }
        }
        return xy;
    }

    /**
     * The analytic {@code log p} of a target density on an n x n grid over {@code bounds}
     * ({@code [xMin, xMax, yMin, yMax]}): what a {@code kl} flow learns to match, to show beside what it
     * learnt. It does not change with s (reported as 1) and costs no function evaluations.
     */
    public static DensityGrid of(AnalyticDensity target, double[] bounds, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a grid needs at least one cell a side, was " + n);
        }
        double[] xy = centres(bounds[0], bounds[1], bounds[2], bounds[3], n);
        double[] log = new double[n * n];
        for (int k = 0; k < log.length; k++) {
            log[k] = target.logDensity(xy[2 * k], xy[2 * k + 1]);
        }
        return new DensityGrid(1.0, bounds[0], bounds[1], bounds[2], bounds[3], n, log, 0);
    }

    /** {@code sum exp(log p) * cell area}: 1 for a normalised density whose mass lies inside the grid. */
    public double mass() {
        double area = (xMax - xMin) * (yMax - yMin) / ((double) n * n);
        double m = 0;
        for (double l : logDensity) {
            m += Math.exp(l) * area;
        }
        return m;
    }
}
