package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code y = a - b}, broadcasting. Backward: {@code (g, -g)}, each summed to its operand's shape. */
final class SubOp extends BinaryOp {

    private SubOp(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        long[] shape = outputShape("sub", a, b);
        float[] fast = host(HostElementwise.Binary.SUB, a, b, shape);
        if (fast != null) {
            return new SubOp(a, b).output(fast, shape);
        }
        INDArray[] x = expanded(a.value(), b.value(), shape);
        return new SubOp(a, b).output(x[0].sub(x[1]));
    }

    @Override
    String name() {
        return "sub";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {reduceTo(0, g), needs(1) ? g.neg().sumTo(inputs[1].shape()) : null};
    }
}
