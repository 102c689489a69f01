package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.RNNCell;
import java.util.random.RandomGenerator;

/**
 * The paper's RNN baselines for irregular series (Chen et al. 2018, Table 2): an Elman RNN
 * {@code h_k = tanh(W_ih u_k + b_ih + W_hh h_(k-1) + b_hh)} with a linear read-out
 * {@code x^_(k+1) = W_o h_k + b_o}, trained to predict the next observation with the mean squared
 * error. "RNN" reads the points {@code u_k = x_k}; "RNN + time" also reads the time gap to the
 * observation it predicts, {@code u_k = (x_k, t_(k+1) - t_k)}, so it knows how far ahead to look.
 * Extrapolation feeds each prediction back as the next input (with the gap to the next query time);
 * {@link #reconstruct} predicts points inside the observation window one step ahead.
 * Parameters {@code cell.*} and {@code readout.*}.
 */
public final class RnnForecaster extends Module implements SeriesModel {

    private final RNNCell cell;
    private final Linear readout;
    private final boolean timeGaps;
    private final DType dtype;

    /**
     * @param timeGaps whether the input carries the time gap (the "RNN + time" baseline)
     */
    public RnnForecaster(int hidden, boolean timeGaps, DType dtype, RandomGenerator rng) {
        int dim = IrregularBatch.DIM;
        this.cell = registerModule("cell", new RNNCell(dim + (timeGaps ? 1 : 0), hidden, true, dtype, rng));
        this.readout = registerModule("readout", new Linear(hidden, dim, true, dtype, rng));
        this.timeGaps = timeGaps;
        this.dtype = dtype;
    }

    @Override
    public String name() {
        return timeGaps ? "RNN + time" : "RNN";
    }

    @Override
    public Module module() {
        return this;
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    public boolean readsTimeGaps() {
        return timeGaps;
    }

    /** The mean squared error of the one-step-ahead predictions over every observation that has a successor. */
    @Override
    public Tensor loss(IrregularBatch batch, RandomGenerator rng) {
        RecurrentSteps steps = batch.forwardSteps(null);
        Tensor h = cell.initialState(batch.size());
        Tensor total = null;
        int targets = batch.observationCount() - batch.size();
        if (targets < 1) {
            throw new IllegalArgumentException("the RNN learns from observations with a successor; every series of "
                    + batch + " has a single observation");
        }
        for (int j = 0; j + 1 < steps.length(); j++) {
            Tensor next = cell.forward(steps.input(j, timeGaps), h);
            Tensor error = readout.forward(next).sub(steps.target(j)).square().mul(steps.targetMask(j)).sum();
            total = total == null ? error : total.add(error);
            h = steps.update(j, next, h);
        }
        return total.mul(1.0 / ((double) targets * IrregularBatch.DIM));
    }

    /**
     * Forecasts at {@code times}, all after every series' last observation: the state after the
     * observations (the last input carrying the gap to {@code times[0]}) predicts the first point,
     * then each prediction is fed back with the gap to the next time. {@code (F, B, 2)}.
     */
    @Override
    public Tensor predict(IrregularBatch batch, double[] times) {
        if (times == null || times.length == 0) {
            throw new IllegalArgumentException("give at least one time to forecast");
        }
        for (IrregularSeries s : batch.series()) {
            if (!(times[0] > s.time(s.size() - 1))) {
                throw new IllegalArgumentException("an RNN only forecasts forwards: time " + times[0] + " is not after the last"
                        + " observation of series '" + s.id() + "' at " + s.time(s.size() - 1));
            }
        }
        double[] first = new double[batch.size()];
        java.util.Arrays.fill(first, times[0]);
        RecurrentSteps steps = batch.forwardSteps(first);
        Tensor h = cell.initialState(batch.size());
        for (int j = 0; j < steps.length(); j++) {
            h = steps.update(j, cell.forward(steps.input(j, timeGaps), h), h);
        }
        Tensor[] out = new Tensor[times.length];
        out[0] = readout.forward(h);
        for (int f = 1; f < times.length; f++) {
            if (!(times[f] > times[f - 1])) {
                throw new IllegalArgumentException("forecast times must increase strictly, t[" + f + "] = " + times[f]
                        + " follows " + times[f - 1]);
            }
            Tensor input = out[f - 1];
            if (timeGaps) {
                input = Tensor.concat(1, input, Tensor.full(times[f] - times[f - 1], dtype, batch.size(), 1));
            }
            h = cell.forward(input, h);
            out[f] = readout.forward(h);
        }
        return Tensor.stack(0, out);
    }

    /**
     * One-step-ahead predictions at {@code times}, which may lie anywhere: the prediction at t comes
     * from the observations strictly before t, the last of them read with the gap to t (for the RNN
     * + time; the plain RNN predicts its next observation whenever it comes). Before a series' first
     * observation it is the read-out of the initial state. {@code (F, B, 2)}.
     */
    @Override
    public Tensor reconstruct(IrregularBatch batch, double[] times) {
        RecurrentSteps steps = batch.forwardSteps(null);
        int b = batch.size();
        int hidden = cell.hiddenSize();
        // before[j]: every series' state before its observation j (rows of finished series unused).
        double[][] before = new double[steps.length()][];
        Tensor h = cell.initialState(b);
        for (int j = 0; j < steps.length(); j++) {
            before[j] = h.toDoubleArray();
            h = steps.update(j, cell.forward(steps.input(j, timeGaps), h), h);
        }
        Tensor initial = readout.forward(cell.initialState(b));
        Tensor[] out = new Tensor[times.length];
        int in = IrregularBatch.DIM + (timeGaps ? 1 : 0);
        for (int q = 0; q < times.length; q++) {
            double[] state = new double[b * hidden];
            double[] input = new double[b * in];
            boolean[] seen = new boolean[b];
            for (int s = 0; s < b; s++) {
                IrregularSeries x = batch.series().get(s);
                int k = 0;
                while (k < x.size() && x.time(k) < times[q]) {
                    k++;
                }
                if (k == 0) {
                    continue;
                }
                seen[s] = true;
                System.arraycopy(before[k - 1], s * hidden, state, s * hidden, hidden);
                input[s * in] = x.x(k - 1);
                input[s * in + 1] = x.y(k - 1);
                if (timeGaps) {
                    input[s * in + 2] = times[q] - x.time(k - 1);
                }
            }
            Tensor next = readout.forward(cell.forward(Tensor.fromValues(input, dtype, b, in), Tensor.fromValues(state, dtype, b, hidden)));
            out[q] = Tensor.where(Tensor.fromValues(mask(seen), dtype, b, 1), next, initial);
        }
        return Tensor.stack(0, out);
    }

    private static double[] mask(boolean[] seen) {
        double[] m = new double[seen.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = seen[i] ? 1 : 0;
        }
        return m;
    }
}
