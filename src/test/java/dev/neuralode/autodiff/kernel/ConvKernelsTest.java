package dev.neuralode.autodiff.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.GradCheck;
import dev.neuralode.autodiff.kernel.host.HostKernels;
import dev.neuralode.autodiff.kernel.host.HostScope;
import dev.neuralode.autodiff.kernel.nd4j.Nd4jKernels;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * im2col and col2im of the two kernel implementations against each other and against the definition:
 * the host kernels' float32 walk over {@link ConvGeometry}'s runs, ND4J's native ops read through a
 * permuted view, and a direct loop over every patch-matrix entry (the engine's layout, written out).
 */
class ConvKernelsTest {

    private static final Kernels HOST = HostKernels.INSTANCE;
    private static final Kernels ND4J = Nd4jKernels.INSTANCE;

    /** The definition: {@code P[(c kh + i) kw + j, (n OH + oy) OW + ox] = x[n, c, oy s - p + i, ox s - p + j]}, 0 on padding. */
    private static double[] referencePatches(double[] x, ConvGeometry g) {
        double[] p = new double[(int) Shapes.length(g.patchShape())];
        int columns = g.batch * g.positions();
        for (int c = 0; c < g.channels; c++) {
            for (int i = 0; i < g.kernelH; i++) {
                for (int j = 0; j < g.kernelW; j++) {
                    int row = (c * g.kernelH + i) * g.kernelW + j;
                    for (int n = 0; n < g.batch; n++) {
                        for (int oy = 0; oy < g.outH; oy++) {
                            for (int ox = 0; ox < g.outW; ox++) {
                                int iy = oy * g.stride - g.padding + i;
                                int ix = ox * g.stride - g.padding + j;
                                boolean inside = iy >= 0 && iy < g.height && ix >= 0 && ix < g.width;
                                p[row * columns + (n * g.outH + oy) * g.outW + ox] =
                                        inside ? x[((n * g.channels + c) * g.height + iy) * g.width + ix] : 0.0;
                            }
                        }
                    }
                }
            }
        }
        return p;
    }

    /** The definition's adjoint, entry by entry in the same order as {@link #referencePatches}. */
    private static double[] referenceImage(double[] p, ConvGeometry g) {
        double[] x = new double[(int) Shapes.length(g.imageShape())];
        int columns = g.batch * g.positions();
        for (int row = 0; row < g.patchRows(); row++) {
            int c = row / (g.kernelH * g.kernelW);
            int i = row / g.kernelW % g.kernelH;
            int j = row % g.kernelW;
            for (int n = 0; n < g.batch; n++) {
                for (int oy = 0; oy < g.outH; oy++) {
                    for (int ox = 0; ox < g.outW; ox++) {
                        int iy = oy * g.stride - g.padding + i;
                        int ix = ox * g.stride - g.padding + j;
                        if (iy >= 0 && iy < g.height && ix >= 0 && ix < g.width) {
                            x[((n * g.channels + c) * g.height + iy) * g.width + ix] += p[row * columns + (n * g.outH + oy) * g.outW + ox];
                        }
                    }
                }
            }
        }
        return x;
    }

    private static double[] random(Random rng, long[] shape) {
        double[] v = new double[(int) Shapes.length(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return v;
    }

    private static float[] floats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    private static double[] host(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    @ParameterizedTest(name = "x {0}x{1}x{2}x{3}, kernel {4}x{5}, stride {6}, padding {7}")
    @CsvSource({
        "1, 1, 3, 3, 2, 2, 1, 0",
        "2, 3, 5, 5, 3, 3, 1, 1",
        "2, 3, 7, 6, 3, 2, 2, 1",
        "3, 2, 6, 5, 4, 4, 2, 1",
        "2, 2, 5, 7, 2, 3, 1, 2",
        "1, 4, 4, 4, 1, 1, 1, 0",
        "2, 4, 9, 8, 3, 5, 3, 2",
        "1, 2, 3, 4, 2, 2, 1, 3",
        "1, 1, 2, 2, 3, 3, 1, 1",
        "2, 1, 7, 7, 2, 2, 3, 0",
        "1, 2, 5, 4, 5, 1, 2, 2",
        "3, 65, 7, 7, 3, 3, 1, 1",
        "2, 64, 14, 14, 4, 4, 2, 1",
        "2, 1, 28, 28, 3, 3, 1, 1",
        "2, 2, 5, 4, 1, 3, 1, 1",
        "1, 2, 2, 3, 5, 5, 1, 2",
        "3, 1, 7, 5, 5, 3, 1, 1"})
    void hostAndNd4jAgreeWithTheDefinition(int n, int c, int h, int w, int kh, int kw, int stride, int padding) {
        ConvGeometry g = ConvGeometry.of("test", new long[] {n, c, h, w}, kh, kw, stride, padding);
        Random rng = new Random(n * 1000L + c * 100L + h * 10L + w);
        double[] x = random(rng, g.imageShape());
        double[] p = random(rng, g.patchShape());
        double[] patches = referencePatches(x, g);
        double[] image = referenceImage(p, g);

        // float32: host and ND4J copy the same values and sum overlaps in the same order.
        float[] hostPatches = HOST.im2col(HOST.fromFloats(floats(x), g.imageShape()), g).floats();
        float[] nd4jPatches = ND4J.im2col(ND4J.fromFloats(floats(x), g.imageShape()), g).floats();
        float[] hostImage = HOST.col2im(HOST.fromFloats(floats(p), g.patchShape()), g).floats();
        float[] nd4jImage = ND4J.col2im(ND4J.fromFloats(floats(p), g.patchShape()), g).floats();
        assertArrayEquals(patches, host(hostPatches), 0.0, "host im2col, " + g);
        assertArrayEquals(nd4jPatches, hostPatches, 0f, "ND4J im2col against host, " + g);
        assertArrayEquals(image, host(hostImage), 1e-6, "host col2im, " + g);
        assertArrayEquals(host(nd4jImage), host(hostImage), 1e-6, "ND4J col2im against host, " + g);

        // float64 on ND4J, against the definition in double precision.
        Storage x64 = ND4J.fromDoubles(x, DType.FLOAT64, g.imageShape());
        Storage p64 = ND4J.fromDoubles(p, DType.FLOAT64, g.patchShape());
        Storage nd4jPatches64 = ND4J.im2col(x64, g);
        Storage nd4jImage64 = ND4J.col2im(p64, g);
        assertEquals(DType.FLOAT64, nd4jPatches64.dtype());
        assertEquals(DType.FLOAT64, nd4jImage64.dtype());
        assertArrayEquals(patches, nd4jPatches64.doubles(), 0.0, "ND4J float64 im2col, " + g);
        assertArrayEquals(image, nd4jImage64.doubles(), 1e-12, "ND4J float64 col2im, " + g);

        // The adjoint identity <im2col(x), p> = <x, col2im(p)>, on each kernel.
        double scale = 1 + Math.abs(GradCheck.dot(patches, p));
        assertEquals(GradCheck.dot(host(hostPatches), p), GradCheck.dot(x, host(hostImage)), 1e-5 * scale, "host adjoint, " + g);
        assertEquals(GradCheck.dot(nd4jPatches64.doubles(), p), GradCheck.dot(x, nd4jImage64.doubles()), 1e-12 * scale, "ND4J adjoint, " + g);
    }

    @Test
    void hostIm2colWritesEveryEntryOfARecycledArray() {
        // Recycled arrays are filled with NaN when their scope closes: an entry the gather skipped would show.
        ConvGeometry g = ConvGeometry.of("test", new long[] {2, 3, 6, 5}, 3, 2, 2, 2);
        double[] x = random(new Random(9), g.imageShape());
        Storage image = HOST.fromFloats(floats(x), g.imageShape());
        boolean poison = HostScope.poisonOnClose;
        HostScope.poisonOnClose = true;
        try {
            try (HostScope s = HostScope.open()) {
                HOST.im2col(image, g);
                HOST.col2im(HOST.im2col(image, g), g);
            }
            try (HostScope s = HostScope.open()) {
                assertArrayEquals(referencePatches(x, g), host(HOST.im2col(image, g).floats()), 0.0);
                Storage ones = HOST.full(1.0, DType.FLOAT32, g.patchShape());
                double[] covered = referenceImage(host(ones.floats()), g);
                assertArrayEquals(covered, host(HOST.col2im(ones, g).floats()), 0.0);
            }
        } finally {
            HostScope.poisonOnClose = poison;
        }
    }
}
