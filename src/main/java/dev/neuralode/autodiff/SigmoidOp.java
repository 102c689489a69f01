package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = 1 / (1 + exp(-x))}. Backward: {@code g y (1 - y)}. */
final class SigmoidOp extends Op {

    private SigmoidOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new SigmoidOp(x).output(HostElementwise.unary(HostElementwise.Unary.SIGMOID, x.host()), x.shape());
        }
        var v = x.value();
        return new SigmoidOp(x).output(Transforms.sigmoid(v, true));
    }

    @Override
    String name() {
        return "sigmoid";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {ActivationGradOp.apply(ActivationGradOp.Kind.SIGMOID, g, out)};
    }
}
