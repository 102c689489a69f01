package dev.neuralode.autodiff.kernel.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.Shapes;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The host kernels' index arithmetic against naive N-d loops, over many broadcast patterns. */
class HostKernelTest {

    private static final long[][][] PAIRS = {
        {{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{3, 4}, {3, 1}}, {{3, 1}, {3, 4}}, {{3, 1}, {1, 4}},
        {{}, {2, 3}}, {{2, 3}, {}}, {{2, 1, 3}, {4, 1}}, {{2, 3, 4}, {3, 1}}, {{1, 3, 1}, {2, 1, 5}},
        {{2, 3, 4}, {2, 1, 4}}, {{5}, {2, 1}}, {{1}, {1}}, {{2, 1, 1}, {1, 3, 2}},
        {{6, 5}, {5}}, {{6, 5}, {1, 5}}, {{1, 5}, {6, 5}}, {{9, 3}, {9, 3}}, {{7, 2, 5}, {5}},
    };

    private static float[] random(Random rng, long[] shape) {
        float[] x = new float[(int) Shapes.length(shape)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5f + rng.nextFloat();
        }
        return x;
    }

    /** The element of a C-ordered operand of shape s at output multi-index idx, NumPy broadcasting. */
    private static float at(float[] x, long[] s, long[] idx) {
        int off = 0;
        int lead = idx.length - s.length;
        for (int i = 0; i < s.length; i++) {
            long k = s[i] == 1 ? 0 : idx[lead + i];
            off = (int) (off * s[i] + k);
        }
        return x[off];
    }

    private static long[] index(long flat, long[] shape) {
        long[] idx = new long[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            idx[i] = flat % shape[i];
            flat /= shape[i];
        }
        return idx;
    }

    @Test
    void binaryBroadcastingMatchesNaiveLoops() {
        Random rng = new Random(5);
        for (long[][] pair : PAIRS) {
            long[] out = Shapes.broadcast("test", pair[0], pair[1]);
            float[] a = random(rng, pair[0]);
            float[] b = random(rng, pair[1]);
            for (HostElementwise.Binary op : HostElementwise.Binary.values()) {
                float[] y = HostElementwise.binary(op, a, pair[0], b, pair[1], out);
                for (int i = 0; i < y.length; i++) {
                    long[] idx = index(i, out);
                    float x = at(a, pair[0], idx);
                    float z = at(b, pair[1], idx);
                    float expected = switch (op) {
                        case ADD -> x + z;
                        case SUB -> x - z;
                        case MUL -> x * z;
                        case DIV -> x / z;
                        case FIRST -> x;
                    };
                    assertEquals(expected, y[i], 0f, op + " " + Shapes.str(pair[0]) + " with " + Shapes.str(pair[1]) + " at " + i);
                }
            }
        }
    }

    @Test
    void sumToMatchesNaiveAccumulation() {
        Random rng = new Random(6);
        for (long[][] pair : PAIRS) {
            long[] out = Shapes.broadcast("test", pair[0], pair[1]);
            for (long[] target : pair) {
                long[] padded = new long[out.length];
                java.util.Arrays.fill(padded, 1L);
                System.arraycopy(target, 0, padded, out.length - target.length, target.length);
                float[] x = random(rng, out);
                float[] y = HostShape.sumTo(x, out, padded);
                double[] expected = new double[y.length];
                for (int i = 0; i < x.length; i++) {
                    long[] idx = index(i, out);
                    int off = 0;
                    for (int d = 0; d < padded.length; d++) {
                        off = (int) (off * padded[d] + (padded[d] == 1 ? 0 : idx[d]));
                    }
                    expected[off] += x[i];
                }
                for (int i = 0; i < y.length; i++) {
                    assertEquals(expected[i], y[i], 1e-5, "sumTo " + Shapes.str(out) + " -> " + Shapes.str(target) + " at " + i);
                }
            }
        }
    }

    @Test
    void permuteMatchesNaiveIndexing() {
        long[] shape = {2, 3, 4};
        float[] x = random(new Random(8), shape);
        int[] order = {2, 0, 1};
        float[] y = HostShape.permute(x, shape, order);
        long[] sy = {4, 2, 3};
        for (int i = 0; i < y.length; i++) {
            long[] idx = index(i, sy);
            long[] src = new long[3];
            for (int d = 0; d < 3; d++) {
                src[order[d]] = idx[d];
            }
            assertEquals(x[(int) ((src[0] * 3 + src[1]) * 4 + src[2])], y[i], 0f);
        }
    }

    @Test
    void gemmMatchesNaiveProductsForSmallAndBlasSizes() {
        Random rng = new Random(9);
        // Java loops, BLAS on Java arrays, and BLAS through the native buffers (over 2^20 operand
        // floats and 32 multiply-adds per float), the last twice so that the second product reuses
        // larger buffers.
        for (int[] nkm : new int[][] {{3, 4, 2}, {40, 30, 20}, {48, 1100, 1000}, {40, 1050, 1000}}) {
            int n = nkm[0];
            int k = nkm[1];
            int m = nkm[2];
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    float[] a = random(rng, new long[] {n * k});
                    float[] b = random(rng, new long[] {k * m});
                    float[] c = Blas.gemm(a, ta, b, tb, n, k, m);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < m; j++) {
                            double s = 0;
                            for (int p = 0; p < k; p++) {
                                s += (ta ? a[p * n + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * m + j]);
                            }
                            assertEquals(s, c[i * m + j], 1e-4 * k, "gemm " + n + "x" + k + "x" + m + " ta=" + ta + " tb=" + tb);
                        }
                    }
                }
            }
        }
    }

    @Test
    void reluBackwardPassesTheGradientWhereTheOutputIsPositive() {
        float[] y = {0f, Float.MIN_VALUE, 1e-30f, 3f, Float.MAX_VALUE, 0f};
        float[] g = {2f, -3f, 4f, -5f, 6f, -7f};
        float[] z = HostElementwise.activationGrad(Activation.RELU, g, y);
        assertArrayEquals(new float[] {0f, -3f, 4f, -5f, 6f, -0f}, z, 0f);
    }

    @Test
    void fastTanhIsAccurateToFloatPrecision() {
        double worst = 0;
        for (int i = -200000; i <= 200000; i++) {
            float x = i * 1e-4f;
            worst = Math.max(worst, Math.abs(FastMath.tanh(x) - Math.tanh(x)));
        }
        assertEquals(0.0, worst, 5e-7, "max |fast tanh - tanh| over [-20, 20]");
        assertEquals(1.0f, FastMath.tanh(1e30f));
        assertEquals(-1.0f, FastMath.tanh(Float.NEGATIVE_INFINITY));
    }

    @Test
    void fastExpm1IsAccurateToFloatPrecision() {
        double worst = 0;
        double worstRelative = 0;
        for (int i = -400000; i < 0; i++) {
            float x = i * 1e-4f;
            double exact = Math.expm1(x);
            worst = Math.max(worst, Math.abs(FastMath.expm1Negative(x) - exact));
            worstRelative = Math.max(worstRelative, Math.abs(FastMath.expm1Negative(x) - exact) / -exact);
        }
        assertEquals(0.0, worst, 1.5e-7, "max |fast expm1 - expm1| over [-40, 0]");
        // Relative accuracy near 0 is what ELU's small negative outputs and their gradients need.
        assertEquals(0.0, worstRelative, 4e-7, "max relative error over [-40, 0)");
        assertEquals(0.0f, FastMath.expm1Negative(0f));
        // Saturates at -1 to within one ulp (the doublings round; exp(-30) is far below an ulp of 1).
        assertEquals(-1.0f, FastMath.expm1Negative(Float.NEGATIVE_INFINITY), Math.ulp(1f));
        assertEquals(-1e-6f, FastMath.expm1Negative(-1e-6f), 1e-12);
    }
}
