package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;

/**
 * Elementwise choice {@code y = mask ? a : b} with a constant 0/1 mask, broadcasting all three.
 * Backward: the gradient routed to the chosen side, zero on the other. Unlike
 * {@code mask a + (1 - mask) b}, a NaN or infinity on the side not chosen does not leak into y.
 */
final class WhereOp extends Op {

    private final Tensor mask;

    private WhereOp(Tensor mask, Tensor a, Tensor b) {
        super(a, b);
        this.mask = mask;
    }

    static Tensor apply(Tensor mask, Tensor a, Tensor b) {
        if (mask.requiresGrad()) {
            throw new IllegalArgumentException("where: the mask must be a constant; detach() it first");
        }
        long[] shape = Shapes.broadcast("where", Shapes.broadcast("where", mask.shape(), a.shape()), b.shape());
        BinaryOp.requireSameDtype("where", a, b);
        // The mask is a constant of 0s and 1s, exact in any dtype; the kernels take it in a's.
        Tensor m = mask.to(a.dtype());
        var k = a.kernels();
        Storage y = k.where(m.storage(), m.shape(), a.storage(), a.shape(), b.storage(), b.shape(), shape);
        return new WhereOp(mask, a, b).output(y, shape);
    }

    @Override
    String name() {
        return "where";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor zero = Tensor.scalar(0.0, g.dtype());
        return new Tensor[] {
            needs(0) ? Tensor.where(mask, g, zero).sumTo(inputs[0].shape()) : null,
            needs(1) ? Tensor.where(mask, zero, g).sumTo(inputs[1].shape()) : null};
    }
}
