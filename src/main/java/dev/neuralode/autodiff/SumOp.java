package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

/** Sum over axes, keeping them as size 1 or dropping them. Backward: the gradient broadcast back. */
final class SumOp extends Op {

    private final long[] keptShape;

    private SumOp(Tensor x, long[] keptShape) {
        super(x);
        this.keptShape = keptShape;
    }

    static Tensor apply(Tensor x, boolean keepDims, int... axes) {
        int[] a = Shapes.axes("sum", axes, x.rank());
        long[] kept = Shapes.reduced(x.shape(), a, true);
        long[] shape = keepDims ? kept : Shapes.reduced(x.shape(), a, false);
        var k = x.kernels();
        return new SumOp(x, kept).output(k.reshape(k.sumTo(x.storage(), x.shape(), kept), shape), shape);
    }

    @Override
    String name() {
        return "sum";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.reshape(keptShape).broadcastTo(inputs[0].shape())};
    }
}
