package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
        BinaryOp.outputShape("where", a, b);
        if (Host.use(a, b) && Host.use(mask)) {
            float[] y = HostElementwise.where(expand(mask, shape), expand(a, shape), expand(b, shape));
            return new WhereOp(mask, a, b).output(y, shape);
        }
        double[] m = flat(mask.value(), shape);
        double[] ya = flat(a.value(), shape);
        double[] yb = flat(b.value(), shape);
        for (int i = 0; i < m.length; i++) {
            if (m[i] != 0.0) {
                yb[i] = ya[i];
            }
        }
        INDArray y = Nd4j.createFromArray(yb).castTo(a.dtype()).reshape('c', shape);
        return new WhereOp(mask, a, b).output(y);
    }

    private static float[] expand(Tensor x, long[] shape) {
        return HostElementwise.binary(HostElementwise.Binary.FIRST, x.host(), x.shape(), new float[] {0f}, new long[0], shape);
    }

    private static double[] flat(INDArray x, long[] shape) {
        return BinaryOp.expand(x, shape).dup('c').data().asDouble();
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
