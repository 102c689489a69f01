package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.RNNCell;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The recognition network of a latent ODE (Chen et al. 2018, section 5): an Elman RNN
 * {@code h <- tanh(W_ih u + b_ih + W_hh h + b_hh)} run backwards in time over each series'
 * observations {@code u_i = (x_i, y_i, t_i - t_(i-1))} (see {@link IrregularBatch#backwardSteps()}),
 * from {@code h = 0}; a linear layer maps the final state to the mean and log-variance of
 * {@code q(z0 | x)}. Running backwards leaves a state that summarises the whole series as seen from
 * its start, where z0 lives. Parameters {@code cell.*} and {@code out.*}.
 */
public final class RecognitionRnn extends Module {

    private final RNNCell cell;
    private final Linear out;
    private final int latentDim;
    private final boolean timeGaps;

    /**
     * @param timeGaps whether each step reads the observation's time gap (the paper) or the point only
     *                 (torchdiffeq's {@code latent_ode.py}, where every series shares one grid)
     */
    public RecognitionRnn(int observationDim, int hidden, int latentDim, boolean timeGaps, DataType dtype,
                          RandomGenerator rng) {
        this.cell = registerModule("cell", new RNNCell(observationDim + (timeGaps ? 1 : 0), hidden, true, dtype, rng));
        this.out = registerModule("out", new Linear(hidden, 2 * latentDim, true, dtype, rng));
        this.latentDim = latentDim;
        this.timeGaps = timeGaps;
    }

    /** q(z0 | x) for every series of the batch. */
    public Posterior encode(IrregularBatch batch) {
        RecurrentSteps steps = batch.backwardSteps();
        Tensor h = cell.initialState(batch.size());
        for (int j = 0; j < steps.length(); j++) {
            h = steps.update(j, step(steps.input(j, timeGaps), h), h);
        }
        return posterior(h);
    }

    /** One recurrent step {@code h' = tanh(W_ih u + b_ih + W_hh h + b_hh)}. */
    public Tensor step(Tensor input, Tensor h) {
        return cell.forward(input, h);
    }

    /** The posterior read from a final hidden state: the first L outputs are the mean, the last L the log-variance. */
    public Posterior posterior(Tensor h) {
        Tensor o = out.forward(h);
        return new Posterior(o.slice(1, 0, latentDim), o.slice(1, latentDim, 2L * latentDim));
    }

    public boolean readsTimeGaps() {
        return timeGaps;
    }
}
