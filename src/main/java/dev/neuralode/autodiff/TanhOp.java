package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = tanh(x)}. Backward: {@code g (1 - y^2)}. */
final class TanhOp extends Op {

    private TanhOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new TanhOp(x).output(HostElementwise.unary(HostElementwise.Unary.TANH, x.host()), x.shape());
        }
        var v = x.value();
        return new TanhOp(x).output(Transforms.tanh(v, true));
    }

    @Override
    String name() {
        return "tanh";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {ActivationGradOp.apply(ActivationGradOp.Kind.TANH, g, out)};
    }
}
