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

    /** The array itself when it is C-ordered and contiguous, else a contiguous copy. */
    static INDArray contiguous(INDArray x) {
        if (x.ordering() == 'c' && !x.isView()) {
            return x;
        }
        return x.dup('c');
    }
}
