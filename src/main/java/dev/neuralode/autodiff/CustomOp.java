package dev.neuralode.autodiff;

/**
 * An operation defined outside the autodiff package with its own backward rule (PyTorch's
 * {@code torch.autograd.Function}), such as an ODE solve whose gradient comes from the adjoint
 * method rather than from the solver's own operations.
 *
 * <p>{@link #forward} runs with recording off, so whatever it computes internally leaves nothing on
 * the tape; {@link #apply} then records one node whose backward is {@link #backward}. A backward
 * written in {@link Tensor} operations is itself differentiable; one that is not must say so by
 * throwing when {@link GradMode#isEnabled()} is true (a backward pass with createGraph).
 */
public abstract class CustomOp {

    private final String name;

    protected CustomOp(String name) {
        this.name = name;
    }

    /** The output for these inputs, computed without recording. */
    protected abstract Tensor forward(Tensor[] inputs);

    /**
     * Gradients for each input given the gradient of the output; an entry may be null for an
     * input that needs none.
     */
    protected abstract Tensor[] backward(Tensor[] inputs, Tensor output, Tensor gradOutput);

    /** Computes the output and records it on the tape when an input requires a gradient. */
    public final Tensor apply(Tensor... inputs) {
        Tensor y;
        try (GradMode ignored = GradMode.disabled()) {
            y = forward(inputs.clone());
        }
        return new Node(this, inputs.clone()).output(y);
    }

    public final String name() {
        return name;
    }

    /** The tape node of one application. */
    private static final class Node extends Op {

        private final CustomOp op;

        Node(CustomOp op, Tensor[] inputs) {
            super(inputs);
            this.op = op;
        }

        @Override
        String name() {
            return op.name;
        }

        @Override
        Tensor[] backward(Tensor gradOutput) {
            Tensor[] grads = op.backward(inputs.clone(), out, gradOutput);
            if (grads.length != inputs.length) {
                throw new IllegalStateException(op.name + ": backward returned " + grads.length + " gradients for "
                        + inputs.length + " inputs");
            }
            return grads;
        }
    }
}
