package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Scatters slices of {@code x} into a zero tensor at the given indices along one axis, adding where
 * indices repeat. The adjoint of {@link IndexSelectOp}; backward: the gradient gathered at the indices.
 */
final class IndexAddOp extends Op {

    private final int axis;
    private final int[] indices;

    private IndexAddOp(Tensor x, int axis, int[] indices) {
        super(x);
        this.axis = axis;
        this.indices = indices;
    }

    static Tensor apply(Tensor x, int axis, int[] indices, long length) {
        long[] shape = x.shape().clone();
        shape[axis] = length;
        if (Host.use(x)) {
            return new IndexAddOp(x, axis, indices).output(HostShape.indexAdd(x.host(), x.shape(), axis, indices, (int) length), shape);
        }
        INDArray y = NdArrays.zeros(x.dtype(), shape);
        for (int k = 0; k < indices.length; k++) {
            y.get(SliceOp.along(shape.length, axis, indices[k], indices[k] + 1))
                    .addi(x.value().get(SliceOp.along(shape.length, axis, k, k + 1)));
        }
        return new IndexAddOp(x, axis, indices).output(y);
    }

    @Override
    String name() {
        return "index_add";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.select(axis, indices)};
    }
}
