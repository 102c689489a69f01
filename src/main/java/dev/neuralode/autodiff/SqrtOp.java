package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = sqrt(x)}. Backward: {@code g / (2 y)}. */
final class SqrtOp extends Op {

    private SqrtOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new SqrtOp(x).output(HostElementwise.unary(HostElementwise.Unary.SQRT, x.host()), x.shape());
        }
        var v = x.value();
        return new SqrtOp(x).output(Transforms.sqrt(v, true));
    }

    @Override
    String name() {
        return "sqrt";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.div(out.mul(2.0))};
    }
}
