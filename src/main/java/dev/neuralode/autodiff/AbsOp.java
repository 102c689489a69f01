package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = |x|}. Backward: {@code g sign(x)}, with sign(0) = 0 (a subgradient). */
final class AbsOp extends Op {

    private AbsOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new AbsOp(x).output(HostElementwise.unary(HostElementwise.Unary.ABS, x.host()), x.shape());
        }
        var v = x.value();
        return new AbsOp(x).output(Transforms.abs(v, true));
    }

    /** The constant {@code sign(x)}: its own derivative is zero almost everywhere. */
    private static Tensor sign(Tensor x) {
        if (Host.use(x)) {
            return new Tensor(HostElementwise.unary(HostElementwise.Unary.SIGN, x.host()), x.shape(), null, false);
        }
        return Tensor.constant(Transforms.sign(x.value(), true));
    }

    @Override
    String name() {
        return "abs";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        return new Tensor[] {g.mul(sign(x))};
    }
}
