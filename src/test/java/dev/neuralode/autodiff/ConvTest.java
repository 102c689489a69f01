package dev.neuralode.autodiff;

import static dev.neuralode.autodiff.GradCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** im2col, col2im and conv2d: values against direct loops and hand cases, gradients at first and second order. */
class ConvTest {

    private final Random rng = new Random(5);

    /** The textbook definition, one output element at a time (PyTorch's conv2d is a cross-correlation). */
    private static double[] directConvolution(double[] x, long[] xs, double[] w, long[] ws, double[] b, int stride, int padding) {
        int n = (int) xs[0], c = (int) xs[1], h = (int) xs[2], wd = (int) xs[3];
        int o = (int) ws[0], kh = (int) ws[2], kw = (int) ws[3];
        int oh = (h + 2 * padding - kh) / stride + 1;
        int ow = (wd + 2 * padding - kw) / stride + 1;
        double[] y = new double[n * o * oh * ow];
        for (int in = 0; in < n; in++) {
            for (int io = 0; io < o; io++) {
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++) {
                        double s = b == null ? 0 : b[io];
                        for (int ic = 0; ic < c; ic++) {
                            for (int i = 0; i < kh; i++) {
                                for (int j = 0; j < kw; j++) {
                                    int iy = oy * stride - padding + i;
                                    int ix = ox * stride - padding + j;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < wd) {
                                        s += w[((io * c + ic) * kh + i) * kw + j] * x[((in * c + ic) * h + iy) * wd + ix];
                                    }
                                }
                            }
                        }
                        y[((in * o + io) * oh + oy) * ow + ox] = s;
                    }
                }
            }
        }
        return y;
    }

    @ParameterizedTest(name = "x {0}x{1}x{2}x{3}, {4} outputs, kernel {5}x{6}, stride {7}, padding {8}")
    @CsvSource({
        "2, 3, 5, 5, 4, 3, 3, 1, 0",
        "2, 3, 5, 5, 4, 3, 3, 1, 1",
        "1, 2, 7, 6, 3, 3, 3, 2, 1",
        "3, 1, 6, 6, 2, 4, 4, 2, 1",
        "2, 2, 5, 7, 3, 2, 3, 1, 2",
        "1, 4, 4, 4, 2, 1, 1, 1, 0"})
    void conv2dMatchesTheDirectDefinition(int n, int c, int h, int w, int o, int kh, int kw, int stride, int padding) {
        Tensor x = uniform(rng, -1, 1, n, c, h, w);
        Tensor wt = uniform(rng, -1, 1, o, c, kh, kw);
        Tensor b = uniform(rng, -1, 1, o);
        double[] expected = directConvolution(x.toDoubleArray(), x.shape(), wt.toDoubleArray(), wt.shape(), b.toDoubleArray(), stride, padding);
        for (DType dtype : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            Tensor y = x.to(dtype).conv2d(wt.to(dtype), b.to(dtype), stride, padding);
            assertArrayEquals(new long[] {n, o, (h + 2 * padding - kh) / stride + 1, (w + 2 * padding - kw) / stride + 1}, y.shape());
            assertEquals(dtype, y.dtype());
            assertArrayEquals(expected, y.toDoubleArray(), dtype == DType.FLOAT32 ? 1e-5 : 1e-12);
        }
        Tensor unbiased = x.conv2d(wt, null, stride, padding);
        double[] expectedUnbiased = directConvolution(x.toDoubleArray(), x.shape(), wt.toDoubleArray(), wt.shape(), null, stride, padding);
        assertArrayEquals(expectedUnbiased, unbiased.toDoubleArray(), 1e-12);
    }

    @Test
    void handComputedDifferenceKernel() {
        // Kernel [[1, 0], [0, -1]] takes x[r][c] - x[r+1][c+1]; on the image 1..9 that is 1-5, 2-6, 4-8, 5-9.
        Tensor x = Tensor.fromValues(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, DType.FLOAT64, 1, 1, 3, 3);
        Tensor w = Tensor.fromValues(new double[] {1, 0, 0, -1}, DType.FLOAT64, 1, 1, 2, 2);
        Tensor b = Tensor.fromValues(new double[] {0.5}, DType.FLOAT64, 1);
        assertArrayEquals(new double[] {-3.5, -3.5, -3.5, -3.5}, x.conv2d(w, b, 1, 0).toDoubleArray(), 0.0);
        // Padding 1, stride 2: windows start at rows/columns -1 and 1 of the image, so by hand
        // (0, 0): 0 - x[0][0] = -1; (0, 1): 0 - x[0][2] = -3; (1, 0): 0 - x[2][0] = -7; (1, 1): x[1][1] - x[2][2] = -4.
        assertArrayEquals(new double[] {-1, -3, -7, -4}, x.conv2d(w, null, 2, 1).toDoubleArray(), 0.0);
    }

    @Test
    void im2colLaysOutPatchesAsDocumented() {
        // Image 1..9 (one channel), 2x2 windows, stride 1: columns are the windows' positions (0,0), (0,1), (1,0), (1,1).
        Tensor x = Tensor.fromValues(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, DType.FLOAT64, 1, 1, 3, 3);
        Tensor p = x.im2col(2, 2, 1, 0);
        assertArrayEquals(new long[] {4, 4}, p.shape());
        assertArrayEquals(new double[] {
            1, 2, 4, 5,   // kernel (0, 0)
            2, 3, 5, 6,   // kernel (0, 1)
            4, 5, 7, 8,   // kernel (1, 0)
            5, 6, 8, 9},  // kernel (1, 1)
            p.toDoubleArray(), 0.0);
    }

    @Test
    void col2imCountsHowManyWindowsCoverEachPixel() {
        Tensor ones = Tensor.ones(DType.FLOAT32, 4, 2 * 4);
        Tensor covered = ones.col2im(new long[] {2, 1, 3, 3}, 2, 2, 1, 0);
        double[] perImage = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        double[] expected = new double[18];
        System.arraycopy(perImage, 0, expected, 0, 9);
        System.arraycopy(perImage, 0, expected, 9, 9);
        assertArrayEquals(expected, covered.toDoubleArray(), 0.0);
    }

    @Test
    void col2imIsTheAdjointOfIm2col() {
        // <im2col(x), P> = <x, col2im(P)> for every x and P defines the adjoint.
        long[] image = {2, 3, 6, 5};
        Tensor x = uniform(rng, -1, 1, image);
        Tensor p = x.im2col(3, 2, 2, 1);
        Tensor patches = uniform(rng, -1, 1, p.shape());
        double left = GradCheck.dot(p.toDoubleArray(), patches.toDoubleArray());
        double right = GradCheck.dot(x.toDoubleArray(), patches.col2im(image, 3, 2, 2, 1).toDoubleArray());
        assertEquals(left, right, 1e-12);
    }

    @Test
    void im2colGradientsAtFirstAndSecondOrder() {
        GradCheck.check("im2col", t -> t[0].im2col(2, 3, 2, 1).square(), uniform(rng, -1, 1, 2, 2, 4, 5));
    }

    @Test
    void col2imGradientsAtFirstAndSecondOrder() {
        GradCheck.check("col2im", t -> t[0].col2im(new long[] {1, 2, 4, 4}, 3, 3, 1, 1).square(), uniform(rng, -1, 1, 18, 16));
    }

    @Test
    void conv2dGradientsAtFirstAndSecondOrder() {
        GradCheck.check("conv2d", t -> t[0].conv2d(t[1], t[2], 2, 1).tanh(),
                uniform(rng, -1, 1, 2, 2, 5, 4), uniform(rng, -1, 1, 3, 2, 3, 3), uniform(rng, -1, 1, 3));
        GradCheck.check("conv2d without bias", t -> t[0].conv2d(t[1], null, 1, 0).mul(t[0].slice(2, 0, 3).slice(3, 0, 2)),
                uniform(rng, -1, 1, 1, 2, 4, 3), uniform(rng, -1, 1, 2, 2, 2, 2));
    }

    /** conv2d's value and its gradients with respect to input, weight and bias, in float32 on the chosen kernels. */
    private static List<double[]> conv2dAndGradients(Tensor x, Tensor w, Tensor b, Tensor gy, int stride, int padding) {
        Tensor[] in = {x.to(DType.FLOAT32).asVariable(), w.to(DType.FLOAT32).asVariable(), b.to(DType.FLOAT32).asVariable()};
        Tensor y = in[0].conv2d(in[1], in[2], stride, padding);
        List<double[]> out = new ArrayList<>();
        out.add(y.toDoubleArray());
        for (Tensor g : Grad.grad(List.of(y), List.of(in), List.of(gy.to(DType.FLOAT32)), false, false)) {
            out.add(g.toDoubleArray());
        }
        return out;
    }

    /**
     * The MNIST ODE-Net's convolutions (fewer images and channels, same geometry), and stride-1 windows
     * that keep the width with rows of windows wholly on padding: host and ND4J kernels agree.
     */
    @ParameterizedTest(name = "x {0}x{1}x{2}x{3}, {4} outputs, kernel {5}x{5}, stride {6}, padding {7}")
    @CsvSource({
        "2, 1, 28, 28, 8, 3, 1, 1",
        "2, 8, 28, 28, 8, 4, 2, 1",
        "3, 8, 14, 14, 8, 4, 2, 1",
        "2, 65, 7, 7, 64, 3, 1, 1",
        "2, 3, 6, 5, 4, 5, 1, 2",
        "1, 2, 2, 3, 3, 5, 1, 2",
        "2, 3, 4, 5, 2, 1, 1, 0"})
    void conv2dOnTheHostMatchesNd4jWithGradients(int n, int c, int h, int w, int o, int k, int stride, int padding) {
        Tensor x = uniform(rng, -1, 1, n, c, h, w);
        Tensor wt = uniform(rng, -1, 1, o, c, k, k);
        Tensor b = uniform(rng, -1, 1, o);
        Tensor gy = uniform(rng, -1, 1, n, o, (h + 2 * padding - k) / stride + 1, (w + 2 * padding - k) / stride + 1);
        List<double[]> host = KernelSwitch.onHost(() -> conv2dAndGradients(x, wt, b, gy, stride, padding));
        List<double[]> nd4j = KernelSwitch.onNd4j(() -> conv2dAndGradients(x, wt, b, gy, stride, padding));
        String[] names = {"value", "input gradient", "weight gradient", "bias gradient"};
        for (int i = 0; i < names.length; i++) {
            double[] hv = host.get(i);
            double[] nv = nd4j.get(i);
            assertEquals(nv.length, hv.length, names[i] + " length");
            for (int e = 0; e < nv.length; e++) {
                assertEquals(nv[e], hv[e], 2e-5 * (1 + Math.abs(nv[e])), names[i] + " element " + e);
            }
        }
    }

    @Test
    void shapeErrorsNameTheOpAndTheShapes() {
        Tensor x = Tensor.zeros(DType.FLOAT64, 1, 3, 5, 5);
        var wrongChannels = assertThrows(IllegalArgumentException.class,
                () -> x.conv2d(Tensor.zeros(DType.FLOAT64, 4, 2, 3, 3), null, 1, 0));
        assertTrue(wrongChannels.getMessage().contains("[1, 3, 5, 5]") && wrongChannels.getMessage().contains("[4, 2, 3, 3]"),
                wrongChannels.getMessage());
        var tooBig = assertThrows(IllegalArgumentException.class, () -> x.im2col(7, 7, 1, 0));
        assertTrue(tooBig.getMessage().startsWith("im2col:"), tooBig.getMessage());
        var rank = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(DType.FLOAT64, 3, 5, 5).im2col(3, 3, 1, 0));
        assertTrue(rank.getMessage().contains("rank 4"), rank.getMessage());
        var patches = assertThrows(IllegalArgumentException.class,
                () -> Tensor.zeros(DType.FLOAT64, 9, 10).col2im(new long[] {1, 1, 5, 5}, 3, 3, 1, 0));
        assertTrue(patches.getMessage().contains("[9, 10]") && patches.getMessage().contains("[9, 9]"), patches.getMessage());
        var dtype = assertThrows(IllegalArgumentException.class,
                () -> x.conv2d(Tensor.zeros(DType.FLOAT32, 4, 3, 3, 3), null, 1, 0));
        assertTrue(dtype.getMessage().contains("dtypes"), dtype.getMessage());
    }
}
