package dev.neuralode.model.latent;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.ELU;
import dev.neuralode.nn.Layer;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.ReLU;
import dev.neuralode.nn.Sequential;
import dev.neuralode.nn.Tanh;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The nonlinearity between the layers of the small MLPs of a latent ODE. */
public enum MlpActivation {
    /** {@code x > 0 ? x : exp(x) - 1}, as torchdiffeq's {@code latent_ode.py} dynamics. */
    ELU,
    /** {@code tanh(x)}. */
    TANH,
    /** {@code max(x, 0)}, as torchdiffeq's {@code latent_ode.py} decoder. */
    RELU;

    Layer layer() {
        return switch (this) {
            case ELU -> new ELU();
            case TANH -> new Tanh();
            case RELU -> new ReLU();
        };
    }

    /**
     * The MLP {@code in -> hidden (x layers) -> out} with this activation after every hidden layer and
     * none after the last, as a {@link Sequential} (parameters {@code 0.weight}, {@code 2.weight}, ...).
     */
    Sequential mlp(int in, int hidden, int layers, int out, DType dtype, RandomGenerator rng) {
        List<Layer> parts = new ArrayList<>();
        int width = in;
        for (int k = 0; k < layers; k++) {
            parts.add(new Linear(width, hidden, true, dtype, rng));
            parts.add(layer());
            width = hidden;
        }
        parts.add(new Linear(width, out, true, dtype, rng));
        return new Sequential(parts.toArray(new Layer[0]));
    }
}
