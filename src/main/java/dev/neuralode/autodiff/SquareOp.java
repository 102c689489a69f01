package dev.neuralode.autodiff;

/** {@code y = x^2}. Backward: {@code 2 x g}. */
final class SquareOp extends Op {

    private SquareOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x) {
        if (Host.use(x)) {
            return new SquareOp(x).output(HostElementwise.unary(HostElementwise.Unary.SQUARE, x.host()), x.shape());
        }
        var v = x.value();
        return new SquareOp(x).output(v.mul(v));
    }

    @Override
    String name() {
        return "square";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        return new Tensor[] {g.mul(x.mul(2.0))};
    }
}
