package dev.neuralode.autodiff;

/** {@code y = x^p} for a constant exponent. Backward: {@code g p x^(p-1)}. */
final class PowOp extends Op {

    private final double p;

    private PowOp(Tensor x, double p) {
        super(x);
        this.p = p;
    }

    static Tensor apply(Tensor x, double p) {
        if (p == 1.0) {
            return x;
        }
        if (p == 2.0) {
            return x.square();
        }
        return new PowOp(x, p).output(x.kernels().pow(x.storage(), p), x.shape());
    }

    @Override
    String name() {
        return "pow";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(inputs[0].pow(p - 1.0).mul(p))};
    }
}
