package dev.neuralode.autodiff;

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
        return new BroadcastToOp(x).output(BinaryOp.expand(x.value(), shape).dup('c'));
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
