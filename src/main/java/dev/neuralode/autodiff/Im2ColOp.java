package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.ConvGeometry;

/**
 * Patch extraction ("im2col"): an NCHW batch {@code x} becomes the matrix {@code P} of shape
 * {@code (C kh kw, N OH OW)} with
 * {@code P[(c kh + i) kw + j, (n OH + oy) OW + ox] = x[n, c, oy s - p + i, ox s - p + j]}
 * (zero where the index falls on padding), so that a convolution is one matrix product.
 *
 * <p>The map is linear, so its vector-Jacobian product is its adjoint, the scatter-add
 * {@link Col2ImOp}, whose own backward is this op again: gradients of every order exist.
 */
final class Im2ColOp extends Op {

    private final ConvGeometry geometry;

    private Im2ColOp(Tensor x, ConvGeometry geometry) {
        super(x);
        this.geometry = geometry;
    }

    static Tensor apply(Tensor x, ConvGeometry geometry) {
        return new Im2ColOp(x, geometry).output(x.kernels().im2col(x.storage(), geometry), geometry.patchShape());
    }

    @Override
    String name() {
        return "im2col";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {Col2ImOp.apply(g, geometry)};
    }
}
