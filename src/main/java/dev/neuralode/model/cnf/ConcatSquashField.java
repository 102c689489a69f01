package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.ConcatSquashLinear;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.ModuleList;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * FFJORD's MLP dynamics (Grathwohl et al., 2019): a stack of {@link ConcatSquashLinear} layers
 * {@code d -> h_1 -> ... -> h_k -> d} with tanh or softplus between them and none after the last.
 * Submodules are named {@code layers.0 ... layers.k}, as FFJORD's {@code ODEnet} names them.
 * It has no closed-form trace: use an exact or Hutchinson {@link TraceEstimator}.
 */
public final class ConcatSquashField extends Module implements VelocityField {

    /** The nonlinearity between layers. */
    public enum Activation { TANH, SOFTPLUS }

    private final ModuleList<ConcatSquashLinear> layers;
    private final Activation activation;
    private final int dimension;

    public ConcatSquashField(int dimension, int[] hidden, Activation activation, DType dtype, RandomGenerator rng) {
        if (dimension < 1 || Arrays.stream(hidden).anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("layer sizes must be positive: dimension " + dimension + ", hidden " + Arrays.toString(hidden));
        }
        this.dimension = dimension;
        this.activation = activation;
        this.layers = registerModule("layers", new ModuleList<>());
        int in = dimension;
        for (int h : hidden) {
            layers.add(new ConcatSquashLinear(in, h, dtype, rng));
            in = h;
        }
        layers.add(new ConcatSquashLinear(in, dimension, dtype, rng));
    }

    @Override
    public FieldValue evaluate(Tensor t, Tensor z, boolean analyticTrace) {
        Tensor x = z;
        int n = layers.size();
        for (int i = 0; i < n; i++) {
            boolean hidden = i < n - 1;
            if (hidden && activation == Activation.TANH) {
                x = layers.get(i).forwardTanh(t, x);
            } else {
                x = layers.get(i).forward(t, x);
                if (hidden) {
                    x = x.softplus();
                }
            }
        }
        return new FieldValue(x, null);
    }

    @Override
    public boolean hasAnalyticTrace() {
        return false;
    }

    @Override
    public Module module() {
        return this;
    }

    @Override
    public int dimension() {
        return dimension;
    }
}
