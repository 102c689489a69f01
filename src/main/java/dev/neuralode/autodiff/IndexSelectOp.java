package dev.neuralode.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gathers the given indices along one axis ({@code torch.index_select}). Backward: the gradient
 * scattered back with additions ({@link IndexAddOp}), so repeated indices accumulate.
 */
final class IndexSelectOp extends Op {

    private final int axis;
    private final int[] indices;

    private IndexSelectOp(Tensor x, int axis, int[] indices) {
        super(x);
        this.axis = axis;
        this.indices = indices;
    }

    static Tensor apply(Tensor x, int axis, int... indices) {
        int a = Shapes.axis("select", axis, x.rank());
        long n = x.shape()[a];
        for (int i : indices) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("select: index " + i + " is outside axis " + a + " of shape " + Shapes.str(x.shape()));
            }
        }
        long[] shape = x.shape().clone();
        shape[a] = indices.length;
        if (Host.use(x)) {
            return new IndexSelectOp(x, a, indices.clone()).output(HostShape.select(x.host(), x.shape(), a, indices), shape);
        }
        INDArray y = NdArrays.create(x.dtype(), shape);
        for (int k = 0; k < indices.length; k++) {
            y.get(SliceOp.along(shape.length, a, k, k + 1)).assign(x.value().get(SliceOp.along(shape.length, a, indices[k], indices[k] + 1)));
        }
        return new IndexSelectOp(x, a, indices.clone()).output(y);
    }

    @Override
    String name() {
        return "select";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {IndexAddOp.apply(g, axis, indices, inputs[0].shape()[axis])};
    }
}
