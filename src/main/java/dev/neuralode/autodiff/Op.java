package dev.neuralode.autodiff;

/**
 * A recorded primitive operation: the node that produced a {@link Tensor} on the tape.
 *
 * <p>Every subclass writes {@link #backward} with differentiable {@link Tensor} operations, so the
 * gradients it returns can themselves be differentiated when the backward pass records a graph
 * ({@code createGraph}). Inputs are held, never mutated.
 */
abstract class Op {

    final Tensor[] inputs;

    /** The recorded output, for backward rules that reuse it (tanh, exp, ...); null when not recorded. */
    Tensor out;

    Op(Tensor... inputs) {
        this.inputs = inputs;
    }

    /** The op's name in error messages and graph dumps. */
    abstract String name();

    /**
     * The vector-Jacobian product: given the gradient of a scalar with respect to this op's output,
     * the gradients with respect to each input (an entry may be {@code null} when that input does
     * not require a gradient).
     */
    abstract Tensor[] backward(Tensor gradOutput);

    /** Records {@code value} as the output of this op when recording is on and an input requires a gradient. */
    final Tensor output(org.nd4j.linalg.api.ndarray.INDArray value) {
        if (GradMode.isEnabled()) {
            for (Tensor input : inputs) {
                if (input.requiresGrad()) {
                    out = new Tensor(value, this);
                    return out;
                }
            }
        }
        return Tensor.constant(value);
    }

    /** Whether input {@code i} needs a gradient, which lets backward rules skip work. */
    final boolean needs(int i) {
        return inputs[i].requiresGrad();
    }
}
