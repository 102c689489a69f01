package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;

/**
 * 2-D convolution as one op (PyTorch's {@code conv2d}, a cross-correlation):
 * {@code y[n, o, oy, ox] = b[o] + sum_{c,i,j} W[o, c, i, j] x[n, c, oy s - p + i, ox s - p + j]},
 * computed by the kernels as {@code W im2col(x) + b} in one pass, the output written in NCHW order.
 *
 * <p>Backward, with G the upstream gradient viewed as {@code (O, N OH OW)}: {@code dx = col2im(W^T G)},
 * {@code dW = G im2col(x)^T}, {@code db = sum G}. A first-order pass runs them as fused kernels; a
 * pass that records a graph ({@code createGraph}) writes them in the differentiable ops
 * {@link Im2ColOp}, {@link Col2ImOp} and matrix products, so gradients of every order exist.
 */
final class Conv2dOp extends Op {

    private final ConvGeometry geometry;
    private final int outChannels;
    /** im2col(x), which the weight's gradient reads. */
    private final Storage patches;

    private Conv2dOp(Tensor[] inputs, ConvGeometry geometry, int outChannels, Storage patches) {
        super(inputs);
        this.geometry = geometry;
        this.outChannels = outChannels;
        this.patches = patches;
    }

    static Tensor apply(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
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
        int out = (int) w[0];
        var k = x.kernels();
        Storage[] yAndPatches = k.conv2d(x.storage(), weight.storage(k), bias == null ? null : bias.storage(k), g, out);
        Tensor[] inputs = bias == null ? new Tensor[] {x, weight} : new Tensor[] {x, weight, bias};
        return new Conv2dOp(inputs, g, out, yAndPatches[1]).output(yAndPatches[0], new long[] {g.batch, out, g.outH, g.outW});
    }

    @Override
    String name() {
        return "conv2d";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        Tensor w = inputs[1];
        Tensor[] grads = new Tensor[inputs.length];
        if (inputs.length == 3 && needs(2)) {
            grads[2] = g.sumTo(1, outChannels, 1, 1).reshape(outChannels);
        }
        if (GradMode.isEnabled()) {
            Tensor columns = g.permute(1, 0, 2, 3).reshape(outChannels, (long) geometry.batch * geometry.positions());
            Tensor w2 = w.reshape(outChannels, geometry.patchRows());
            grads[0] = needs(0) ? Col2ImOp.apply(w2.matmulTN(columns), geometry) : null;
            grads[1] = needs(1) ? columns.matmulNT(Im2ColOp.apply(x, geometry)).reshape(w.shape()) : null;
            return grads;
        }
        var k = g.kernels();
        Storage[] r = k.conv2dBackward(g.storage(), patches, w.storage(k), geometry, outChannels, needs(0), needs(1));
        grads[0] = r[0] == null ? null : new Tensor(r[0], x.shape(), null, false);
        grads[1] = r[1] == null ? null : new Tensor(r[1], w.shape(), null, false);
        return grads;
    }
}
