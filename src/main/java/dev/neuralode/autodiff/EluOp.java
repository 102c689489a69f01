package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Activation;

/**
 * {@code y = x} for {@code x > 0}, else {@code alpha (exp(x) - 1)}. Backward: {@code g} where
 * {@code x > 0}, else {@code g (y + alpha)}; for {@code alpha = 1} (PyTorch's default) as one fused
 * pass over the output ({@link ActivationGradOp}).
 */
final class EluOp extends Op {

    private final double alpha;

    private EluOp(Tensor x, double alpha) {
        super(x);
        this.alpha = alpha;
    }

    static Tensor apply(Tensor x, double alpha) {
        return new EluOp(x, alpha).output(x.kernels().elu(x.storage(), alpha), x.shape());
    }

    @Override
    String name() {
        return "elu";
    }

    @Override
    Tensor[] backward(Tensor g) {
        if (alpha == 1.0) {
            return new Tensor[] {ActivationGradOp.apply(Activation.ELU, g, out)};
        }
        Tensor positive = inputs[0].gt(0.0);
        Tensor slope = Tensor.where(positive, Tensor.scalar(1.0, g.dtype()), out.add(alpha));
        return new Tensor[] {g.mul(slope)};
    }
}
