package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

/**
 * Elements {@code [from, to)} along one axis. Backward: the gradient padded with zeros back to the
 * input's length ({@link PadOp}), whose own backward is this slice again.
 */
final class SliceOp extends Op {

    private final int axis;
    private final long from;

    private SliceOp(Tensor x, int axis, long from) {
        super(x);
        this.axis = axis;
        this.from = from;
    }

    static Tensor apply(Tensor x, int axis, long from, long to) {
        int a = Shapes.axis("slice", axis, x.rank());
        long n = x.shape()[a];
        if (from < 0 || to > n || from >= to) {
            throw new IllegalArgumentException("slice: range [" + from + ", " + to + ") is empty or outside axis " + a
                    + " of shape " + Shapes.str(x.shape()));
        }
        if (from == 0 && to == n) {
            return x;
        }
        long[] shape = x.shape();
        shape[a] = to - from;
        return new SliceOp(x, a, from).output(x.kernels().slice(x.storage(), x.shape(), a, (int) from, (int) to), shape);
    }

    @Override
    String name() {
        return "slice";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {PadOp.apply(g, axis, from, inputs[0].shape()[axis])};
    }
}
