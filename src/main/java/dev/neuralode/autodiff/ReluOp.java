package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = max(x, 0)}. Backward: {@code g [x > 0]} (the step taken as 0 at 0). */
final class ReluOp extends Op {

    private ReluOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new ReluOp(x).output(HostElementwise.unary(HostElementwise.Unary.RELU, x.host()), x.shape());
        }
        var v = x.value();
        return new ReluOp(x).output(Transforms.relu(v, true));
    }

    @Override
    String name() {
        return "relu";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        return new Tensor[] {g.mul(x.gt(0.0))};
    }
}
