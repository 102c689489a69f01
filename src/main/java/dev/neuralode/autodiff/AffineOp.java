package dev.neuralode.autodiff;

/** {@code y = scale x + shift} with constant scalars. Backward: {@code scale g}. */
final class AffineOp extends Op {

    private final double scale;
    private final double shift;

    private AffineOp(Tensor x, double scale, double shift) {
        super(x);
        this.scale = scale;
        this.shift = shift;
    }

    static Tensor apply(Tensor x, double scale, double shift) {
        if (scale == 1.0 && shift == 0.0) {
            return x;
        }
        return new AffineOp(x, scale, shift).output(x.kernels().affine(x.storage(), scale, shift), x.shape());
    }

    @Override
    String name() {
        return "affine";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(scale)};
    }
}
