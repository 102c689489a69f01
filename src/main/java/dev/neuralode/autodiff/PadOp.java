package dev.neuralode.autodiff;

/**
 * Places {@code x} at offset {@code from} along one axis of a zero tensor of length {@code length}
 * there. The adjoint of {@link SliceOp}; backward: the matching slice of the gradient.
 */
final class PadOp extends Op {

    private final int axis;
    private final long from;

    private PadOp(Tensor x, int axis, long from) {
        super(x);
        this.axis = axis;
        this.from = from;
    }

    static Tensor apply(Tensor x, int axis, long from, long length) {
        long[] shape = x.shape().clone();
        shape[axis] = length;
        return new PadOp(x, axis, from).output(x.kernels().pad(x.storage(), x.shape(), axis, (int) from, (int) length), shape);
    }

    @Override
    String name() {
        return "pad";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.slice(axis, from, from + inputs[0].shape()[axis])};
    }
}
