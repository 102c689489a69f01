package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code y = x sigmoid(x)}. Backward: {@code g s (1 + x (1 - s))} with {@code s = sigmoid(x)}. */
final class SiluOp extends Op {

    private SiluOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new SiluOp(x).output(HostElementwise.silu(x.host()), x.shape());
        }
        var v = x.value();
        return new SiluOp(x).output(v.mul(Transforms.sigmoid(v, true)));
    }

    @Override
    String name() {
        return "silu";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        Tensor s = x.sigmoid();
        return new Tensor[] {g.mul(s.mul(x.mul(s.rsub(1.0)).add(1.0)))};
    }
}
