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
        long n = shape[axis];
        shape[axis] = length;
        if (Host.use(x)) {
            return new PadOp(x, axis, from).output(HostShape.pad(x.host(), x.shape(), axis, (int) from, (int) length), shape);
        }
        var y = NdArrays.zeros(x.dtype(), shape);
        y.get(SliceOp.along(shape.length, axis, from, from + n)).assign(x.value());
        return new PadOp(x, axis, from).output(y);
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
