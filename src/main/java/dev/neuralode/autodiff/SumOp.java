package dev.neuralode.autodiff;

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
        if (Host.use(x)) {
            return new SumOp(x, kept).output(HostShape.sumTo(x.host(), x.shape(), kept), shape);
        }
        var y = a.length == 0 ? x.value().dup() : x.value().sum(true, a).reshape('c', shape);
        return new SumOp(x, kept).output(y);
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
