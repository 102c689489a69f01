package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Sequential;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TensorDynamics;
import java.util.random.RandomGenerator;

/**
 * An inhomogeneous Poisson process over observation times whose intensity depends on the latent
 * state (Chen et al. 2018, section 5, equation 14):
 * <pre>
 * lambda(t) = softplus(g(z(t)))                    g an MLP  L -> H (tanh) -> 1
 * log p(t_1..t_n) = sum_i log lambda(t_i) - integral_0^T lambda(z(t)) dt
 * </pre>
 * The integral is solved together with the latent state as the extra ODE state
 * {@code Lambda(t)}, {@code dLambda/dt = lambda(z(t))}, {@code Lambda(0) = 0}: the tuple state
 * {@code (z, Lambda)} of {@link #augment}. The observation window of a batch is {@code [0, T]} with
 * T its last grid time. Parameters {@code net.*}.
 */
public final class PoissonProcess extends Module {

    private final Sequential net;

    public PoissonProcess(int latentDim, int hidden, DType dtype, RandomGenerator rng) {
        if (latentDim < 1 || hidden < 1) {
            throw new IllegalArgumentException("a Poisson intensity needs latentDim and hidden >= 1, were " + latentDim + ", " + hidden);
        }
        this.net = registerModule("net", MlpActivation.TANH.mlp(latentDim, hidden, 1, 1, dtype, rng));
    }

    /** The intensity {@code lambda(z) = softplus(g(z))} for states {@code (..., L)}: shape {@code (..., 1)}. */
    public Tensor intensity(Tensor z) {
        return net.forward(z).softplus();
    }

    /** The dynamics of {@code (z, Lambda)}: {@code (f(z), lambda(z))}. */
    public Dynamics augment(TensorDynamics f) {
        return (t, y) -> {
            Tensor z = y.part(0);
            return State.of(f.derivative(t, z), intensity(z));
        };
    }

    /** The initial augmented state {@code (z0, 0)}. */
    public static State initialState(Tensor z0) {
        return State.of(z0, Tensor.zeros(z0.dtype(), z0.size(0), 1));
    }

    /**
     * The log-likelihood of each series' observation times, {@code (B)}:
     * {@code sum_i m_i log lambda(z(t_i)) - Lambda(T)}.
     *
     * @param z          latent states on the batch's grid, {@code (T, B, L)}
     * @param mask       1 where a series was observed, {@code (T, B, 1)}
     * @param cumulative {@code Lambda(T)}, the integrated intensity over the window, {@code (B, 1)}
     */
    public Tensor logLikelihood(Tensor z, Tensor mask, Tensor cumulative) {
        if (z.rank() != 3 || mask.rank() != 3 || cumulative.rank() != 2 || cumulative.size(0) != z.size(1)) {
            throw new IllegalArgumentException("Poisson logLikelihood needs z (T, B, L), a mask (T, B, 1) and Lambda(T) (B, 1), were "
                    + z + ", " + mask + ", " + cumulative);
        }
        Tensor events = intensity(z).log().mul(mask).sum(false, 0, 2);
        return events.sub(cumulative.reshape(cumulative.size(0)));
    }
}
