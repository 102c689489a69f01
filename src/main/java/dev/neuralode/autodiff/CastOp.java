package dev.neuralode.autodiff;

import org.nd4j.linalg.api.buffer.DataType;

/** {@code y = x} converted to another dtype. Backward: the gradient converted back. */
final class CastOp extends Op {

    private CastOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x, DataType dtype) {
        if (!dtype.isFPType()) {
            throw new IllegalArgumentException("to: only floating-point dtypes are differentiable, was " + dtype);
        }
        return new CastOp(x).output(x.value().castTo(dtype));
    }

    @Override
    String name() {
        return "cast";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.to(inputs[0].dtype())};
    }
}
