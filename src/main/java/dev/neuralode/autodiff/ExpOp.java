package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = exp(x)}. Backward: {@code g y}. */
final class ExpOp extends Op {

    private ExpOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new ExpOp(x).output(HostElementwise.unary(HostElementwise.Unary.EXP, x.host()), x.shape());
        }
        var v = x.value();
        return new ExpOp(x).output(Transforms.exp(v, true));
    }

    @Override
    String name() {
        return "exp";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(out)};
    }
}
