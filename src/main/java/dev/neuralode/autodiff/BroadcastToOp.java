package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Shapes;
import java.util.Arrays;

import java.util.Arrays;

/** Expands size-1 and missing leading axes to a shape. Backward: the gradient summed back ({@link SumToOp}). */
final class BroadcastToOp extends Op {

    private BroadcastToOp(Tensor x) {
        super(x);
    }

    static Tensor apply(Tensor x, long... shape) {
        if (Arrays.equals(x.shape(), shape)) {
            return x;
        }
        long[] check = Shapes.broadcast("broadcastTo", x.shape(), shape);
        if (!Arrays.equals(check, shape)) {
            throw new IllegalArgumentException("broadcastTo: shape " + Shapes.str(x.shape()) + " cannot expand to " + Shapes.str(shape));
        }
        return new BroadcastToOp(x).output(x.kernels().broadcastTo(x.storage(), x.shape(), shape), shape.clone());
    }

    @Override
    String name() {
        return "broadcast_to";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return new Tensor[] {g.sumTo(inputs[0].shape())};
    }
}
