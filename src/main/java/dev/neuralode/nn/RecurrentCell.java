package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One step of a recurrent network, {@code h' = cell(x, h)}, with PyTorch's parameter layout:
 * {@code weight_ih (gates H, I)}, {@code weight_hh (gates H, H)}, {@code bias_ih (gates H)},
 * {@code bias_hh (gates H)}, the gates stacked along the first axis, all initialised from
 * {@code U(-1/sqrt(H), 1/sqrt(H))} in that order (PyTorch docs, {@code nn.RNNCell}, {@code nn.GRUCell}).
 */
public abstract sealed class RecurrentCell extends Module permits RNNCell, GRUCell {

    private final int inputSize;
    private final int hiddenSize;
    private final Parameter weightIh;
    private final Parameter weightHh;
    private final Parameter biasIh;
    private final Parameter biasHh;

    RecurrentCell(int inputSize, int hiddenSize, int gates, boolean withBias, DType dtype, RandomGenerator rng) {
        if (inputSize < 1 || hiddenSize < 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs positive sizes, was input="
                    + inputSize + ", hidden=" + hiddenSize);
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        double bound = 1.0 / Math.sqrt(hiddenSize);
        long rows = (long) gates * hiddenSize;
        this.weightIh = registerParameter("weight_ih", Init.uniform(rng, bound, dtype, rows, inputSize));
        this.weightHh = registerParameter("weight_hh", Init.uniform(rng, bound, dtype, rows, hiddenSize));
        this.biasIh = withBias ? registerParameter("bias_ih", Init.uniform(rng, bound, dtype, rows)) : null;
        this.biasHh = withBias ? registerParameter("bias_hh", Init.uniform(rng, bound, dtype, rows)) : null;
    }

    /**
     * The next hidden state.
     *
     * @param x the input, shape {@code (batch, inputSize)}
     * @param h the hidden state, shape {@code (batch, hiddenSize)}
     */
    public final Tensor forward(Tensor x, Tensor h) {
        if (x.rank() != 2 || x.size(1) != inputSize || h.rank() != 2 || h.size(1) != hiddenSize || x.size(0) != h.size(0)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + "(input=" + inputSize + ", hidden=" + hiddenSize
                    + "): input shape " + Arrays.toString(x.shape()) + " and hidden shape " + Arrays.toString(h.shape())
                    + " must be (batch, " + inputSize + ") and (batch, " + hiddenSize + ")");
        }
        return step(Linear.affine(x, weightIh.tensor(), tensorOrNull(biasIh)),
                Linear.affine(h, weightHh.tensor(), tensorOrNull(biasHh)), h);
    }

    /**
     * The cell's update from the stacked input gates {@code x W_ih^T + b_ih} and hidden gates
     * {@code h W_hh^T + b_hh}, both of shape {@code (batch, gates H)}.
     */
    abstract Tensor step(Tensor inputGates, Tensor hiddenGates, Tensor h);

    /** A zero hidden state for a batch, in the cell's dtype. */
    public final Tensor initialState(long batch) {
        return Tensor.zeros(weightIh.dtype(), batch, hiddenSize);
    }

    public final int inputSize() {
        return inputSize;
    }

    public final int hiddenSize() {
        return hiddenSize;
    }

    /** Columns {@code [k H, (k + 1) H)}: gate {@code k} of a stacked gate tensor. */
    final Tensor gate(Tensor stacked, int k) {
        return stacked.slice(1, (long) k * hiddenSize, (long) (k + 1) * hiddenSize);
    }

    private static Tensor tensorOrNull(Parameter p) {
        return p == null ? null : p.tensor();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(input=" + inputSize + ", hidden=" + hiddenSize + ")";
    }
}
