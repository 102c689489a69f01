package dev.neuralode.autodiff;

import java.util.Arrays;

/**
 * Sums the axes that broadcasting added or expanded, to reach a target shape. The adjoint of
 * {@link BroadcastToOp}; backward: the gradient broadcast back.
 */
final class SumToOp extends Op {

    private SumToOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x, long... shape) {
        long[] from = x.shape();
        if (Arrays.equals(from, shape)) {
            return x;
        }
        int lead = from.length - shape.length;
        if (lead < 0) {
            throw new IllegalArgumentException("sumTo: shape " + Shapes.str(from) + " has fewer axes than " + Shapes.str(shape));
        }
        int[] axes = new int[from.length];
        int n = 0;
        for (int i = 0; i < from.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && from[i] != 1)) {
                axes[n++] = i;
            } else if (shape[i - lead] != from[i]) {
                throw new IllegalArgumentException("sumTo: shape " + Shapes.str(from) + " does not reduce to " + Shapes.str(shape));
            }
        }
        if (Host.use(x)) {
            long[] padded = new long[from.length];
            java.util.Arrays.fill(padded, 1L);
            System.arraycopy(shape, 0, padded, lead, shape.length);
            return new SumToOp(x).output(HostShape.sumTo(x.host(), from, padded), shape.clone());
        }
        var summed = n == 0 ? x.value() : x.value().sum(true, Arrays.copyOf(axes, n));
        return new SumToOp(x).output(summed.reshape('c', shape));
    }

    @Override
    String name() {
        return "sum_to";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.broadcastTo(inputs[0].shape())};
    }
}
