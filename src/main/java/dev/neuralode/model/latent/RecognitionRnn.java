package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Module;
import java.util.random.RandomGenerator;

/**
 * The recognition network of a latent ODE (Chen et al. 2018, section 5): an Elman RNN
 * {@code h <- tanh(W [u, h] + b)} run backwards in time over each series' observations
 * {@code u_i = (x_i, y_i, t_i - t_(i-1))} (see {@link IrregularBatch#backwardSteps()}), from
 * {@code h = 0}; a linear layer maps the final state to the mean and log-variance of
 * {@code q(z0 | x)}. Running backwards leaves a state that summarises the whole series as seen from
 * its start, where z0 lives.
 *
 * <p>As in torchdiffeq's {@code latent_ode.py}, one layer {@code i2h} acts on the concatenation
 * {@code [u, h]} (the same function as separate input and hidden weights) and {@code h2o} reads the
 * state out: a step is one fused matrix product with tanh. Parameters {@code i2h.*} and {@code h2o.*}.
 */
public final class RecognitionRnn extends Module {

    private final Linear i2h;
    private final Linear h2o;
    private final int hidden;
    private final int latentDim;
    private final boolean timeGaps;
    private final DType dtype;

    /**
     * @param timeGaps whether each step reads the observation's time gap (the paper) or the point only
     *                 (torchdiffeq's {@code latent_ode.py}, where every series shares one grid)
     */
    public RecognitionRnn(int observationDim, int hidden, int latentDim, boolean timeGaps, DType dtype,
                          RandomGenerator rng) {
        if (observationDim < 1 || hidden < 1 || latentDim < 1) {
            throw new IllegalArgumentException("a recognition RNN needs positive sizes, were observationDim=" + observationDim
                    + ", hidden=" + hidden + ", latentDim=" + latentDim);
        }
        this.i2h = registerModule("i2h", new Linear(observationDim + (timeGaps ? 1 : 0) + hidden, hidden, true, dtype, rng));
        this.h2o = registerModule("h2o", new Linear(hidden, 2 * latentDim, true, dtype, rng));
        this.hidden = hidden;
        this.latentDim = latentDim;
        this.timeGaps = timeGaps;
        this.dtype = dtype;
    }

    /** q(z0 | x) for every series of the batch. */
    public Posterior encode(IrregularBatch batch) {
        RecurrentSteps steps = batch.backwardSteps();
        Tensor h = Tensor.zeros(dtype, batch.size(), hidden);
        for (int j = 0; j < steps.length(); j++) {
            h = steps.update(j, step(steps.input(j, timeGaps), h), h);
        }
        return posterior(h);
    }

    /** One recurrent step {@code h' = tanh(W [u, h] + b)} for inputs {@code u (B, in)} and states {@code h (B, H)}. */
    public Tensor step(Tensor input, Tensor h) {
        return Tensor.concat(1, input, h).linearTanh(i2h.weight().tensor(), i2h.bias().tensor());
    }

    /** The posterior read from a final hidden state: the first L outputs are the mean, the last L the log-variance. */
    public Posterior posterior(Tensor h) {
        Tensor o = h2o.forward(h);
        return new Posterior(o.slice(1, 0, latentDim), o.slice(1, latentDim, 2L * latentDim));
    }

    public boolean readsTimeGaps() {
        return timeGaps;
    }
}
