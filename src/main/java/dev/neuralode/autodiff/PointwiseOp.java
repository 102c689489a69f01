package dev.neuralode.autodiff;

/** {@code y = f(x)} for one row of {@link Pointwise}. */
final class PointwiseOp extends Op {

    private final Pointwise f;

    private PointwiseOp(Pointwise f, Tensor x) {
        super(x);
        this.f = f;
    }

    static Tensor apply(Pointwise f, Tensor x) {
        return new PointwiseOp(f, x).output(f.kernel.apply(x.kernels(), x.storage()), x.shape());
    }

    @Override
    String name() {
        return f.label;
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {f.backward.grad(inputs[0], out, g)};
    }
}
