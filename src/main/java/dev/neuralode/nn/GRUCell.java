package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.random.RandomGenerator;

/**
 * The gated recurrent unit (Cho et al. 2014) in PyTorch's form ({@code nn.GRUCell}), gates stacked
 * in the order r, z, n:
 * <pre>
 * r  = sigmoid(W_ir x + b_ir + W_hr h + b_hr)
 * z  = sigmoid(W_iz x + b_iz + W_hz h + b_hz)
 * n  = tanh(W_in x + b_in + r * (W_hn h + b_hn))
 * h' = (1 - z) * n + z * h
 * </pre>
 */
public final class GRUCell extends RecurrentCell {

    /** A float32 cell with biases. */
    public GRUCell(int inputSize, int hiddenSize, RandomGenerator rng) {
        this(inputSize, hiddenSize, true, DType.FLOAT32, rng);
    }

    public GRUCell(int inputSize, int hiddenSize, boolean withBias, DType dtype, RandomGenerator rng) {
        super(inputSize, hiddenSize, 3, withBias, dtype, rng);
    }

    @Override
    Tensor step(Tensor inputGates, Tensor hiddenGates, Tensor h) {
        Tensor r = gate(inputGates, 0).add(gate(hiddenGates, 0)).sigmoid();
        Tensor z = gate(inputGates, 1).add(gate(hiddenGates, 1)).sigmoid();
        Tensor n = gate(inputGates, 2).add(r.mul(gate(hiddenGates, 2))).tanh();
        // (1 - z) n + z h = n + z (h - n): one op fewer.
        return n.add(z.mul(h.sub(n)));
    }
}
