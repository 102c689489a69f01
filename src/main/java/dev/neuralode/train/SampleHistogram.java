package dev.neuralode.train;

/**
 * A density grid estimated from samples: counts per cell, blurred by a 3x3 binomial kernel so that a
 * few thousand samples give a readable heatmap, divided by {@code samples * cell area}; empty cells
 * get a floor of 1/1000 of a sample so that their log stays finite.
 */
public final class SampleHistogram {

    private SampleHistogram() {
    }

    /** The histogram of points {@code xy} (x, y interleaved) on an n x n grid over {@code bounds} at time s. */
    public static DensityGrid of(double s, float[] xy, double[] bounds, int n) {
        int samples = xy.length / 2;
        double[] counts = new double[n * n];
        double cellW = (bounds[1] - bounds[0]) / n;
        double cellH = (bounds[3] - bounds[2]) / n;
        for (int i = 0; i < samples; i++) {
            int ix = (int) Math.floor((xy[2 * i] - bounds[0]) / cellW);
            int iy = (int) Math.floor((xy[2 * i + 1] - bounds[2]) / cellH);
            if (ix >= 0 && ix < n && iy >= 0 && iy < n) {
                counts[iy * n + ix]++;
            }
        }
        double[] smooth = smooth(counts, n);
        double[] log = new double[n * n];
        double area = cellW * cellH;
        for (int k = 0; k < log.length; k++) {
            log[k] = Math.log(Math.max(smooth[k], 1e-3) / (samples * area));
        }
        return new DensityGrid(s, bounds[0], bounds[1], bounds[2], bounds[3], n, log, 0);
    }

    /** A 3x3 binomial blur (weights 1-2-1 per axis). */
    private static double[] smooth(double[] c, int n) {
        double[] out = new double[c.length];
        int[] w = {1, 2, 1};
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                double sum = 0;
                double weight = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = ix + dx;
                        int y = iy + dy;
                        if (x >= 0 && x < n && y >= 0 && y < n) {
                            double wk = w[dx + 1] * w[dy + 1];
                            sum += wk * c[y * n + x];
                            weight += wk;
                        }
                    }
                }
                out[iy * n + ix] = sum / weight;
            }
        }
        return out;
    }
}
