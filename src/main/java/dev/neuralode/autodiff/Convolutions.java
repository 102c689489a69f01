package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import dev.neuralode.autodiff.kernel.Shapes;

/**
 * 2-D convolution composed from differentiable ops (PyTorch's {@code conv2d}, a cross-correlation):
 * {@code y[n, o, oy, ox] = b[o] + sum_{c,i,j} W[o, c, i, j] x[n, c, oy s - p + i, ox s - p + j]},
 * computed as {@code W.reshape(O, C kh kw) @ im2col(x)}, reshaped to {@code (O, N, OH, OW)} and
 * permuted to NCHW. Every piece is an op whose backward is written in ops, so gradients of every
 * order exist with respect to the input, the weight and the bias.
 */
final class Convolutions {

    private Convolutions() {
    }

    static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        long[] w = weight.shape();
        if (w.length != 4) {
            throw new IllegalArgumentException("conv2d: weight must have shape (out, in, kh, kw), was " + Shapes.str(w));
        }
        if (x.rank() != 4 || x.size(1) != w[1]) {
            throw new IllegalArgumentException("conv2d: input shape " + Shapes.str(x.shape()) + " does not fit weight shape "
                    + Shapes.str(w) + "; the input must be NCHW with C = " + w[1]);
        }
        if (weight.dtype() != x.dtype() || (bias != null && bias.dtype() != x.dtype())) {
            throw new IllegalArgumentException("conv2d: input, weight and bias dtypes must agree, were " + x.dtype() + ", "
                    + weight.dtype() + (bias == null ? "" : ", " + bias.dtype()) + "; convert with Tensor.to(DType)");
        }
        if (bias != null && (bias.rank() != 1 || bias.size(0) != w[0])) {
            throw new IllegalArgumentException("conv2d: bias must have shape [" + w[0] + "], was " + Shapes.str(bias.shape()));
        }
        ConvGeometry g = ConvGeometry.of("conv2d", x.shape(), (int) w[2], (int) w[3], stride, padding);
        Tensor patches = Im2ColOp.apply(x, g);
        Tensor y = weight.reshape(w[0], g.patchRows()).matmul(patches)
                .reshape(w[0], g.batch, g.outH, g.outW)
                .permute(1, 0, 2, 3);
        return bias == null ? y : y.add(bias.reshape(1, w[0], 1, 1));
    }
}
