package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code y = a / b} elementwise, broadcasting. Backward: {@code g / b} for a and
 * {@code -g y / b} for b, summed to the operands' shapes.
 */
final class DivOp extends BinaryOp {

    private DivOp(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        long[] shape = outputShape("div", a, b);
        float[] fast = host(HostElementwise.Binary.DIV, a, b, shape);
        if (fast != null) {
            return new DivOp(a, b).output(fast, shape);
        }
        INDArray[] x = expanded(a.value(), b.value(), shape);
        return new DivOp(a, b).output(x[0].div(x[1]));
    }

    @Override
    String name() {
        return "div";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor gOverB = g.div(inputs[1]);
        return new Tensor[] {
            needs(0) ? gOverB.sumTo(inputs[0].shape()) : null,
            needs(1) ? gOverB.mul(out).neg().sumTo(inputs[1].shape()) : null};
    }
}
