package dev.neuralode.autodiff.kernel.nd4j;

import java.nio.ByteOrder;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastTo;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Allocation and the few array idioms the ND4J kernels share. Arrays held by storages are always
 * C-ordered and contiguous, which lets kernels address them as flat buffers.
 */
final class NdArrays {

    private NdArrays() {
    }

    /** An uninitialised C-ordered array: every element must be written before it is read. */
    static INDArray create(DataType dtype, long... shape) {
        return Nd4j.createUninitialized(dtype, shape, 'c');
    }

    /** A C-ordered array with the given values, copied in bulk through NIO. */
    static INDArray fromFloats(float[] v, long[] shape) {
        INDArray a = create(DataType.FLOAT, shape);
        a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().put(v);
        Nd4jRuntime.countCopy();
        return a;
    }

    /** A C-ordered float64 array with the given values, copied in bulk through NIO. */
    static INDArray fromDoubles(double[] v, long[] shape) {
        INDArray a = create(DataType.DOUBLE, shape);
        a.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer().put(v);
        Nd4jRuntime.countCopy();
        return a;
    }

    /**
     * {@code c x}. ND4J's scalar ops turn a NaN scalar into 1e-5 (and ignore it in additions), so a
     * non-finite scalar goes through an array of its value instead.
     */
    static INDArray times(INDArray x, double c) {
        return Double.isFinite(c) ? x.mul(c) : x.mul(Nd4j.valueArrayOf(x.shape(), c, x.dataType()));
    }

    /** {@code x + c}, with the same care for non-finite c as {@link #times}. */
    static INDArray plus(INDArray x, double c) {
        return Double.isFinite(c) ? x.add(c) : x.add(Nd4j.valueArrayOf(x.shape(), c, x.dataType()));
    }

    /**
     * The array itself when it is C-ordered and contiguous, else a contiguous copy. ND4J marks a
     * reshape of a contiguous array as a view although it addresses the same buffer from its start
     * with default strides; such arrays are kept as they are, so a reshape copies nothing.
     */
    static INDArray contiguous(INDArray x) {
        if (x.ordering() == 'c' && (!x.isView() || (x.offset() == 0 && x.data().length() == x.length()
                && Shape.hasDefaultStridesForShape(x)))) {
            return x;
        }
        return x.dup('c');
    }

    /**
     * {@code x} repeated along its size-1 and missing leading axes to {@code shape}. The common
     * cases use fast native ops; INDArray.broadcast copies element by element and the BroadcastTo op
     * is slow, so they serve only the rare rest.
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
}
