package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code y = a * b} elementwise, broadcasting. Backward: {@code (g b, g a)}, summed to the operands' shapes. */
final class MulOp extends BinaryOp {

    private MulOp(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        long[] shape = outputShape("mul", a, b);
        float[] fast = host(HostElementwise.Binary.MUL, a, b, shape);
        if (fast != null) {
            return new MulOp(a, b).output(fast, shape);
        }
        INDArray[] x = expanded(a.value(), b.value(), shape);
        return new MulOp(a, b).output(x[0].mul(x[1]));
    }

    @Override
    String name() {
        return "mul";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {
            needs(0) ? g.mul(inputs[1]).sumTo(inputs[0].shape()) : null,
            needs(1) ? g.mul(inputs[0]).sumTo(inputs[1].shape()) : null};
    }
}
