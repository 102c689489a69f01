package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import java.util.Arrays;

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
        for (int i = 0; i < from.length; i++) {
            if (i >= lead && shape[i - lead] != 1 && shape[i - lead] != from[i]) {
                throw new IllegalArgumentException("sumTo: shape " + Shapes.str(from) + " does not reduce to " + Shapes.str(shape));
            }
        }
        long[] padded = new long[from.length];
        Arrays.fill(padded, 1L);
        System.arraycopy(shape, 0, padded, lead, shape.length);
        var k = x.kernels();
        return new SumToOp(x).output(k.reshape(k.sumTo(x.storage(), from, padded), shape), shape.clone());
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
