package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = log(x)}. Backward: {@code g / x}. */
final class LogOp extends Op {

    private LogOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new LogOp(x).output(HostElementwise.unary(HostElementwise.Unary.LOG, x.host()), x.shape());
        }
        var v = x.value();
        return new LogOp(x).output(Transforms.log(v, true));
    }

    @Override
    String name() {
        return "log";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        return new Tensor[] {g.div(x)};
    }
}
