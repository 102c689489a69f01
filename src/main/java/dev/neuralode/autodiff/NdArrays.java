package dev.neuralode.autodiff;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place where the engine allocates arrays, so that allocation policy (pooling, native
 * memory accounting) can change without touching the ops. Values held by tensors are always
 * C-ordered and contiguous, which lets kernels address them as flat buffers.
 */
final class NdArrays {

    private NdArrays() {
    }

    /** An uninitialised C-ordered array: every element must be written before it is read. */
    static INDArray create(DataType dtype, long... shape) {
        return Nd4j.createUninitialized(dtype, shape, 'c');
    }

    static INDArray zeros(DataType dtype, long... shape) {
        return Nd4j.zeros(dtype, shape);
    }

    /**
     * A float32 ND4J array with the values of a host array, copied in bulk through NIO (ND4J's
     * {@code Nd4j.create(float[])} copies element by element, several times slower for big arrays).
     */
    static INDArray fromHost(float[] h, long[] shape) {
        INDArray v = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        nio(v).put(h);
        NativeCalls.add(1);
        return v;
    }

    /** The values of a float32 ND4J array as a fresh host array, copied in bulk. */
    static float[] toHost(INDArray v) {
        INDArray c = v.ordering() == 'c' && v.offset() == 0 && v.data().length() == v.length() ? v : v.dup('c');
        float[] h = new float[(int) c.length()];
        nio(c).get(h);
        NativeCalls.add(1);
        return h;
    }

    private static java.nio.FloatBuffer nio(INDArray v) {
        return v.data().asNio().order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
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

    /** The array itself when it is C-ordered and contiguous, else a contiguous copy. */
    static INDArray contiguous(INDArray x) {
        if (x.ordering() == 'c' && !x.isView()) {
            return x;
        }
        return x.dup('c');
    }
}
