package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import java.nio.FloatBuffer;

/**
 * 2-D convolution on float32 arrays as im2col and one sgemm over this thread's native BLAS buffers
 * ({@link Blas#staged}), the output written straight into NCHW order with its bias, so no product
 * array, permuted copy or broadcast sum is made.
 *
 * <p>With {@code P = im2col(x)} of shape {@code (K, N L)} ({@code K = C kh kw}, {@code L = OH OW}),
 * {@code W} viewed as {@code (O, K)} and {@code G} the upstream gradient viewed as {@code (O, N L)}:
 * {@code y = W P + b}, {@code dW = G P^T} and {@code dx = col2im(W^T G)}. P is returned for the
 * backward pass: gathering it again there cost more than keeping it (docs/benchmarks.md, "Benchmark: bench mnist").
 */
final class HostConv2d {

    private HostConv2d() {
    }

    /** y of shape (N, O, OH, OW) and the patch matrix P. */
    static float[][] forward(float[] x, float[] w, float[] bias, ConvGeometry g, int out) {
        int k = g.patchRows();
        int positions = g.positions();
        int columns = g.batch * positions;
        float[] patches = HostConv.im2col(x, g);
        FloatBuffer product;
        if (Blas.isSmall(out, k, columns)) {
            product = FloatBuffer.wrap(Blas.gemm(w, false, patches, false, out, k, columns));
        } else {
            Blas.staged(Blas.A, w.length).put(w);
            Blas.staged(Blas.B, patches.length).put(patches);
            product = Blas.staged(Blas.C, (long) out * columns);
            Blas.stagedGemm(Blas.A, false, Blas.B, false, Blas.C, out, k, columns);
        }
        // The product is (O, N, L); y is (N, O, L): one bulk copy per image and channel.
        float[] y = HostScope.floats(g.batch * out * positions);
        for (int o = 0; o < out; o++) {
            for (int n = 0; n < g.batch; n++) {
                int to = (n * out + o) * positions;
                product.get(o * columns + n * positions, y, to, positions);
                if (bias != null) {
                    float b = bias[o];
                    for (int i = to; i < to + positions; i++) {
                        y[i] += b;
                    }
                }
            }
        }
        return new float[][] {y, patches};
    }

    /** dx (null unless {@code input}) and dW (null unless {@code weight}), the bias's gradient left to the caller. */
    static float[][] backward(float[] gy, float[] patches, float[] w, ConvGeometry g, int out, boolean input, boolean weight) {
        int k = g.patchRows();
        int positions = g.positions();
        int columns = g.batch * positions;
        if (input && isTransposable(g)) {
            float[] dw = weight ? backward(gy, patches, w, g, out, false, true)[1] : null;
            ConvGeometry transposed = ConvGeometry.of("conv2d backward", new long[] {g.batch, out, g.outH, g.outW}, g.kernelH,
                    g.kernelW, 1, g.kernelH - 1 - g.padding);
            return new float[][] {forward(gy, flipped(w, out, g), null, transposed, g.channels)[0], dw};
        }
        boolean small = Blas.isSmall(out, k, columns);
        float[] gradArray = small ? HostScope.floats(out * columns) : null;
        FloatBuffer grad = small ? FloatBuffer.wrap(gradArray) : Blas.staged(Blas.A, (long) out * columns);
        for (int n = 0; n < g.batch; n++) {
            for (int o = 0; o < out; o++) {
                grad.put(o * columns + n * positions, gy, (n * out + o) * positions, positions);
            }
        }
        if (small) {
            // Below BLAS's break-even the products run on the arrays (Blas.gemm).
            return new float[][] {
                input ? HostConv.col2im(Blas.gemm(w, true, gradArray, false, k, out, columns), g) : null,
                weight ? Blas.gemm(gradArray, false, patches, true, out, columns, k) : null};
        }
        float[] dw = null;
        if (weight) {
            Blas.staged(Blas.B, patches.length).put(patches);
            FloatBuffer product = Blas.staged(Blas.C, (long) out * k);
            Blas.stagedGemm(Blas.A, false, Blas.B, true, Blas.C, out, columns, k);
            dw = HostScope.floats(out * k);
            product.get(dw);
        }
        float[] dx = null;
        if (input) {
            Blas.staged(Blas.B, w.length).put(w);
            FloatBuffer product = Blas.staged(Blas.C, (long) k * columns);
            Blas.stagedGemm(Blas.B, true, Blas.A, false, Blas.C, k, out, columns);
            float[] dPatches = HostScope.floats(k * columns);
            product.get(dPatches);
            dx = HostConv.col2im(dPatches, g);
        }
        return new float[][] {dx, dw};
    }

    /**
     * Whether the input's gradient is itself a convolution: at stride 1 with a square window and
     * padding below its size, {@code dx = conv2d(gy, W')} with padding {@code k - 1 - p} and
     * {@code W'[c, o, i, j] = W[o, c, k - 1 - i, k - 1 - j]}. It then gathers patches of gy (one copy
     * per patch row when the width is kept) instead of summing a patch matrix back onto the image,
     * which on the ODE block's 6x6 maps took three times as long.
     */
    private static boolean isTransposable(ConvGeometry g) {
        return g.stride == 1 && g.kernelH == g.kernelW && g.padding <= g.kernelH - 1;
    }

    /** {@code W'[c, o, i, j] = W[o, c, k - 1 - i, k - 1 - j]} for W of shape (O, C, k, k). */
    private static float[] flipped(float[] w, int out, ConvGeometry g) {
        int k = g.kernelH;
        float[] f = HostScope.floats(w.length);
        for (int o = 0; o < out; o++) {
            for (int c = 0; c < g.channels; c++) {
                int from = (o * g.channels + c) * k * k;
                int to = (c * out + o) * k * k;
                for (int i = 0; i < k * k; i++) {
                    f[to + i] = w[from + k * k - 1 - i];
                }
            }
        }
        return f;
    }
}
