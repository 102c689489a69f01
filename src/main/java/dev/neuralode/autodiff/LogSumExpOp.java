package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

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
        INDArray v = x.value();
        long[] kept = Shapes.reduced(x.shape(), new int[] {a}, true);
        INDArray m = v.max(true, a);
        INDArray shifted = BinaryOp.expand(m, x.shape());
        INDArray sum = Transforms.exp(v.sub(shifted), false).sum(true, a);
        INDArray y = Transforms.log(sum, false).addi(m);
        long[] shape = keepDims ? kept : Shapes.reduced(x.shape(), new int[] {a}, false);
        return new LogSumExpOp(x, kept).output(y.reshape('c', shape));
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
