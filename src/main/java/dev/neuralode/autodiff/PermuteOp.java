package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;

/** Reorders axes: {@code y.shape[i] = x.shape[order[i]]}. Backward: the inverse permutation. */
final class PermuteOp extends Op {

    private final int[] inverse;

    private PermuteOp(Tensor x, int[] inverse) {
        super(x);
        this.inverse = inverse;
    }

    static Tensor apply(Tensor x, int... order) {
        int rank = x.rank();
        if (order.length != rank) {
            throw new IllegalArgumentException("permute: order " + java.util.Arrays.toString(order)
                    + " does not match shape " + Shapes.str(x.shape()));
        }
        int[] inverse = new int[rank];
        boolean[] seen = new boolean[rank];
        boolean identity = true;
        for (int i = 0; i < rank; i++) {
            int a = Shapes.axis("permute", order[i], rank);
            if (seen[a]) {
                throw new IllegalArgumentException("permute: axis " + a + " appears twice in " + java.util.Arrays.toString(order));
            }
            seen[a] = true;
            inverse[a] = i;
            identity &= a == i;
        }
        if (identity) {
            return x;
        }
        int[] normalised = new int[rank];
        for (int i = 0; i < rank; i++) {
            normalised[inverse[i]] = i;
        }
        PermuteOp op = new PermuteOp(x, inverse);
        long[] sx = x.shape();
        long[] sy = new long[rank];
        for (int i = 0; i < rank; i++) {
            sy[i] = sx[normalised[i]];
        }
        return op.output(x.kernels().permute(x.storage(), sx, normalised), sy);
    }

    @Override
    String name() {
        return "permute";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.permute(inverse)};
    }
}
