package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.GroupLayout;

/**
 * Group normalisation on float32 arrays, forward and backward each in two passes over a group
 * (Wu and He, ECCV 2018; the formulas are in {@link dev.neuralode.autodiff.kernel.Kernels#groupNorm}).
 * A group is one contiguous block that fits in the L1 or L2 cache at the sizes of the MNIST
 * classifiers, so the second pass reads from cache. Sums run in double over four lanes: the mean
 * of a block of thousands of floats keeps its digits, and the lanes let the additions overlap.
 */
final class HostNorm {

    private HostNorm() {
    }

    /** y and the (rows, 2) statistics: mean and 1 / sqrt(var + eps) per group. */
    static float[][] forward(float[] x, float[] gamma, float[] beta, GroupLayout s, double eps) {
        float[] y = HostScope.floats(x.length);
        float[] stats = HostScope.floats(2 * s.rows());
        int size = s.groupSize();
        int perGroup = s.channelsPerGroup();
        for (int r = 0; r < s.rows(); r++) {
            int base = r * size;
            double mu = sum(x, base, size) / size;
            double rstd = 1.0 / Math.sqrt(centeredDot(x, mu, x, mu, base, size) / size + eps);
            stats[2 * r] = (float) mu;
            stats[2 * r + 1] = (float) rstd;
            int c0 = (r % s.groups()) * perGroup;
            for (int c = 0; c < perGroup; c++) {
                // y = x a + b with a = rstd gamma and b = beta - mu a: one multiply-add per value
                float a = (float) (rstd * (gamma == null ? 1f : gamma[c0 + c]));
                float b = (float) ((beta == null ? 0f : beta[c0 + c]) - mu * a);
                int from = base + c * s.spatial();
                for (int j = from; j < from + s.spatial(); j++) {
                    y[j] = x[j] * a + b;
                }
            }
        }
        return new float[][] {y, stats};
    }

    /** dx, and dgamma and dbeta as one (2, channels) array. */
    static float[][] backward(float[] g, float[] x, float[] stats, float[] gamma, GroupLayout s) {
        float[] dx = HostScope.floats(x.length);
        float[] params = HostScope.zeros(2 * s.channels());
        int size = s.groupSize();
        int perGroup = s.channelsPerGroup();
        int spatial = s.spatial();
        for (int r = 0; r < s.rows(); r++) {
            float mu = stats[2 * r];
            float rstd = stats[2 * r + 1];
            int c0 = (r % s.groups()) * perGroup;
            // First pass, per channel: sum g (xhat) and sum g; the group's sums weigh them by gamma.
            double sumGx = 0;
            double sumGxXhat = 0;
            for (int c = 0; c < perGroup; c++) {
                int from = r * size + c * spatial;
                double gSum = sum(g, from, spatial);
                double gxhat = rstd * centeredDot(g, 0, x, mu, from, spatial);
                params[c0 + c] += (float) gxhat;
                params[s.channels() + c0 + c] += (float) gSum;
                double gc = gamma == null ? 1.0 : gamma[c0 + c];
                sumGx += gc * gSum;
                sumGxXhat += gc * gxhat;
            }
            // Second pass: dx = rstd (g gamma_c - sumGx / M) - xhat rstd sumGxXhat / M, xhat = (x - mu) rstd.
            float meanGx = (float) (sumGx / size);
            float k = (float) (rstd * rstd * sumGxXhat / size);
            for (int c = 0; c < perGroup; c++) {
                int from = r * size + c * spatial;
                float a = rstd * (gamma == null ? 1f : gamma[c0 + c]);
                float b = -rstd * meanGx + k * mu;
                for (int j = from; j < from + spatial; j++) {
                    dx[j] = g[j] * a - k * x[j] + b;
                }
            }
        }
        return new float[][] {dx, params};
    }

    private static double sum(float[] x, int from, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int end = from + length;
        for (; i + 3 < end; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < end; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code sum (a_i - shiftA)(b_i - shiftB)} over {@code [from, from + length)}. */
    private static double centeredDot(float[] a, double shiftA, float[] b, double shiftB, int from, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int end = from + length;
        for (; i + 3 < end; i += 4) {
            s0 += (a[i] - shiftA) * (b[i] - shiftB);
            s1 += (a[i + 1] - shiftA) * (b[i + 1] - shiftB);
            s2 += (a[i + 2] - shiftA) * (b[i + 2] - shiftB);
            s3 += (a[i + 3] - shiftA) * (b[i + 3] - shiftB);
        }
        for (; i < end; i++) {
            s0 += (a[i] - shiftA) * (b[i] - shiftB);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
