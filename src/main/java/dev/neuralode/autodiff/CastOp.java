package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.DType;

/** {@code y = x} converted to another dtype. Backward: the gradient converted back. */
final class CastOp extends Op {

    private CastOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x, DType dtype) {
        return new CastOp(x).output(KernelChoice.of(dtype).cast(x.storage(), x.shape(), dtype), x.shape());
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
