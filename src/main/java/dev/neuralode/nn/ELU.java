package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/**
 * The activation {@code x} for {@code x > 0}, else {@code alpha (exp(x) - 1)}, elementwise, as a
 * layer without parameters (PyTorch's {@code nn.ELU}, default {@code alpha = 1}).
 */
public final class ELU extends Layer {

    private final double alpha;

    public ELU() {
        this(1.0);
    }

    public ELU(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("ELU alpha must be positive and finite, was " + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.elu(alpha);
    }

    @Override
    public String toString() {
        return "ELU(alpha=" + alpha + ")";
    }
}
