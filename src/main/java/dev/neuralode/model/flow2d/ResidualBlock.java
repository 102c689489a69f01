package dev.neuralode.model.flow2d;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Layer;
import java.util.random.RandomGenerator;

/** A residual block {@code h + f(h)} with a {@link PlaneField} as f (He et al., "Deep Residual Learning", 2016): one Euler step of size 1 of {@code dh/dt = f(h)}. */
final class ResidualBlock extends Layer {

    private final PlaneField f;

    ResidualBlock(int dim, int width, DType dtype, RandomGenerator rng) {
        f = registerModule("f", new PlaneField(dim, width, dtype, rng));
    }

    @Override
    public Tensor forward(Tensor h) {
        return h.add(f.forward(h));
    }
}
