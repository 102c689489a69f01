package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Storage;

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

    /** Which inputs the running backward pass wants gradients for; set only during {@link #backward(Tensor, boolean[])}. */
    private boolean[] wanted;

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

    /** Records values a kernel computed as the output of this op, when recording is on and an input requires a gradient. */
    final Tensor output(Storage value, long[] shape) {
        if (recorded()) {
            out = new Tensor(value, shape, this, true);
            return out;
        }
        return new Tensor(value, shape, null, false);
    }

    /** Records a tensor computed elsewhere (with recording off) as the output of this op. */
    final Tensor output(Tensor value) {
        if (recorded()) {
            out = value.withTape(this, true);
            return out;
        }
        return value.detach();
    }

    private boolean recorded() {
        if (GradMode.isEnabled()) {
            for (Tensor input : inputs) {
                if (input.requiresGrad()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs {@link #backward(Tensor)} computing only the wanted inputs' gradients. A graph is
     * backpropagated by one thread at a time.
     */
    final Tensor[] backward(Tensor gradOutput, boolean[] wantedInputs) {
        wanted = wantedInputs;
        try {
            return backward(gradOutput);
        } finally {
            wanted = null;
        }
    }

    /** Whether input {@code i} needs a gradient in this backward pass, which lets backward rules skip work. */
    final boolean needs(int i) {
        return wanted != null ? wanted[i] : inputs[i].requiresGrad();
    }
}
