package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Sequential;
import dev.neuralode.ode.TensorDynamics;
import java.util.random.RandomGenerator;

/**
 * The latent dynamics {@code dz/dt = f(z)}: an autonomous MLP {@code L -> H (x layers) -> L}
 * (Chen et al. 2018, section 5.1: one hidden layer of 20 units; torchdiffeq's {@code latent_ode.py}
 * uses two, with ELU). Shared by every series: a series is its initial state z0. Parameters
 * {@code net.0.weight}, {@code net.0.bias}, ...
 */
public final class LatentDynamics extends Module implements TensorDynamics {

    private final Sequential net;
    private final int latentDim;

    public LatentDynamics(int latentDim, int hidden, int layers, MlpActivation activation, DType dtype, RandomGenerator rng) {
        this.net = registerModule("net", activation.mlp(latentDim, hidden, layers, latentDim, dtype, rng));
        this.latentDim = latentDim;
    }

    @Override
    public Tensor derivative(double t, Tensor z) {
        return net.forward(z);
    }

    public int latentDim() {
        return latentDim;
    }
}
