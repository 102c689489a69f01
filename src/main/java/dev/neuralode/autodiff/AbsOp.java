package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = |x|}. Backward: {@code g sign(x)}, with sign(0) = 0 (a subgradient). */
final class AbsOp extends Op {

    private AbsOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        var v = x.value();
        return new AbsOp(x).output(Transforms.abs(v, true));
    }

    @Override
    String name() {
        return "abs";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        return new Tensor[] {g.mul(Tensor.constant(Transforms.sign(x.value(), true)))};
    }
}
