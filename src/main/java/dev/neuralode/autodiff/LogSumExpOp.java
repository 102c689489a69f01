package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

/**
 * {@code y = log sum_i exp(x_i)} along one axis, computed as {@code m + log sum exp(x - m)} with
 * {@code m = max x} so that it neither overflows nor underflows. Backward: {@code g softmax(x)},
 * with {@code softmax(x) = exp(x - y)}.
 */
final class LogSumExpOp extends Op {

    private final long[] keptShape;

    private LogSumExpOp(Tensor x, long[] keptShape) {
        super(x);
        this.keptShape = keptShape;
    }

    static Tensor apply(Tensor x, int axis, boolean keepDims) {
        int a = Shapes.axis("logSumExp", axis, x.rank());
        long[] kept = Shapes.reduced(x.shape(), new int[] {a}, true);
        long[] shape = keepDims ? kept : Shapes.reduced(x.shape(), new int[] {a}, false);
        var k = x.kernels();
        return new LogSumExpOp(x, kept).output(k.reshape(k.logSumExp(x.storage(), x.shape(), a), shape), shape);
    }

    @Override
    String name() {
        return "logsumexp";
    }

    @Override
    Tensor[] backward(Tensor g) {
        Tensor x = inputs[0];
        Tensor softmax = x.sub(out.reshape(keptShape)).exp();
        return new Tensor[] {softmax.mul(g.reshape(keptShape))};
    }
}
