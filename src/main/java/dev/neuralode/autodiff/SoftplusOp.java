package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = log(1 + exp(x))}, computed stably as {@code max(x, 0) + log(1 + exp(-|x|))}. Backward: {@code g sigmoid(x)}. */
final class SoftplusOp extends Op {

    private SoftplusOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new SoftplusOp(x).output(HostElementwise.unary(HostElementwise.Unary.SOFTPLUS, x.host()), x.shape());
        }
        var v = x.value();
        return new SoftplusOp(x).output(Transforms.relu(v, true).addi(Transforms.log(Transforms.exp(Transforms.abs(v, true).negi(), false).addi(1.0), false)));
    }

    @Override
    String name() {
        return "softplus";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        return new Tensor[] {g.mul(x.sigmoid())};
    }
}
