package dev.neuralode.autodiff;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastTo;
import org.nd4j.linalg.factory.Nd4j;

/** An elementwise op of two tensors with NumPy broadcasting and one dtype. */
abstract class BinaryOp extends Op {

    BinaryOp(Tensor a, Tensor b) {
        super(a, b);
    }

    /** Checks dtypes and shapes, naming the op, and returns the broadcast output shape. */
    static long[] outputShape(String op, Tensor a, Tensor b) {
        requireSameDtype(op, a, b);
        return Shapes.broadcast(op, a.shape(), b.shape());
    }

    /** Refuses to mix dtypes, naming the op and the fix. */
    static void requireSameDtype(String op, Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + ": dtypes " + a.dtype() + " and " + b.dtype()
                    + " differ; convert one with Tensor.to(DataType)");
        }
    }

    /** Both operands expanded to {@code shape}, so that ND4J's same-shape kernels apply. */
    static INDArray[] expanded(INDArray a, INDArray b, long[] shape) {
        return new INDArray[] {expand(a, shape), expand(b, shape)};
    }

    /**
     * {@code x} repeated along its size-1 and missing leading axes to {@code shape}. The common
     * cases use fast native ops; INDArray.broadcast copies element by element (9 ms for a 1024x64
     * double matrix) and the BroadcastTo op takes about 1 ms, so they serve only the rare rest.
     */
    static INDArray expand(INDArray x, long[] shape) {
        if (Arrays.equals(x.shape(), shape)) {
            return x;
        }
        if (x.length() == 1) {
            return Nd4j.valueArrayOf(shape, x.getDouble(0), x.dataType());
        }
        if (shape.length == 2 && x.length() == shape[1] && (x.rank() == 1 || x.size(0) == 1)) {
            return Nd4j.zeros(x.dataType(), shape).addiRowVector(x.reshape(1, shape[1]));
        }
        if (shape.length == 2 && x.rank() == 2 && x.size(0) == shape[0] && x.size(1) == 1) {
            return Nd4j.zeros(x.dataType(), shape).addiColumnVector(x);
        }
        INDArray ranked = x;
        if (x.rank() < shape.length) {
            long[] padded = new long[shape.length];
            Arrays.fill(padded, 1L);
            System.arraycopy(x.shape(), 0, padded, shape.length - x.rank(), x.rank());
            ranked = x.reshape('c', padded);
        }
        INDArray out = Nd4j.createUninitialized(x.dataType(), shape, 'c');
        Nd4j.exec(new BroadcastTo(ranked, Nd4j.createFromArray(shape), out));
        return out;
    }

    /** The host fast path of a broadcasting op, or null when the generic path must run. */
    static float[] host(HostElementwise.Binary kind, Tensor a, Tensor b, long[] shape) {
        return Host.use(a, b) ? HostElementwise.binary(kind, a.host(), a.shape(), b.host(), b.shape(), shape) : null;
    }

    /** The gradient {@code g} reduced to input {@code i}'s shape, or null when input i needs none. */
    final Tensor reduceTo(int i, Tensor g) {
        return needs(i) ? g.sumTo(inputs[i].shape()) : null;
    }
}
