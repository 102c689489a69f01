package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.random.RandomGenerator;

/**
 * The Elman recurrent cell with tanh (PyTorch's {@code nn.RNNCell}):
 * {@code h' = tanh(x W_ih^T + b_ih + h W_hh^T + b_hh)}.
 */
public final class RNNCell extends RecurrentCell {

    /** A float32 cell with biases. */
    public RNNCell(int inputSize, int hiddenSize, RandomGenerator rng) {
        this(inputSize, hiddenSize, true, DType.FLOAT32, rng);
    }

    public RNNCell(int inputSize, int hiddenSize, boolean withBias, DType dtype, RandomGenerator rng) {
        super(inputSize, hiddenSize, 1, withBias, dtype, rng);
    }

    @Override
    Tensor step(Tensor inputGates, Tensor hiddenGates, Tensor h) {
        return inputGates.add(hiddenGates).tanh();
    }
}
