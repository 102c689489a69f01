package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Storage;

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
        Storage y = x.kernels().indexAdd(x.storage(), x.shape(), axis, indices, (int) length);
        return new IndexAddOp(x, axis, indices).output(y, shape);
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
