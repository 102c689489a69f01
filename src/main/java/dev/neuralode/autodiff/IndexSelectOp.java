package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;

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
        Storage y = x.kernels().indexSelect(x.storage(), x.shape(), a, indices);
        return new IndexSelectOp(x, a, indices.clone()).output(y, shape);
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
