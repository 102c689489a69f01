package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import dev.neuralode.autodiff.kernel.Shapes;

/**
 * The adjoint of {@link Im2ColOp} ("col2im"): every entry of a patch matrix of shape
 * {@code (C kh kw, N OH OW)} is added onto the image position it was taken from, giving an NCHW
 * batch; entries taken from padding are dropped. Where windows overlap, contributions sum.
 *
 * <p>Linear; its backward is {@link Im2ColOp} of the gradient, so gradients of every order exist.
 */
final class Col2ImOp extends Op {

    private final ConvGeometry geometry;

    private Col2ImOp(Tensor patches, ConvGeometry geometry) {
        super(patches);
        this.geometry = geometry;
    }

    static Tensor apply(Tensor patches, ConvGeometry geometry) {
        if (!java.util.Arrays.equals(patches.shape(), geometry.patchShape())) {
            throw new IllegalArgumentException("col2im: patch matrix shape " + Shapes.str(patches.shape()) + " does not match "
                    + Shapes.str(geometry.patchShape()) + " expected for " + geometry);
        }
        return new Col2ImOp(patches, geometry).output(patches.kernels().col2im(patches.storage(), geometry), geometry.imageShape());
    }

    @Override
    String name() {
        return "col2im";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {Im2ColOp.apply(g, geometry)};
    }
}
