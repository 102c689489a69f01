package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code y = a + b}, broadcasting. Backward: {@code (g, g)}, each summed to its operand's shape. */
final class AddOp extends BinaryOp {

    private AddOp(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        long[] shape = outputShape("add", a, b);
        float[] fast = host(HostElementwise.Binary.ADD, a, b, shape);
        if (fast != null) {
            return new AddOp(a, b).output(fast, shape);
        }
        INDArray[] x = expanded(a.value(), b.value(), shape);
        return new AddOp(a, b).output(x[0].add(x[1]));
    }

    @Override
    String name() {
        return "add";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {reduceTo(0, g), reduceTo(1, g)};
    }
}
