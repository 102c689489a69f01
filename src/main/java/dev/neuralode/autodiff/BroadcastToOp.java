package dev.neuralode.autodiff;

import java.util.Arrays;

/** Expands size-1 and missing leading axes to a shape. Backward: the gradient summed back ({@link SumToOp}). */
final class BroadcastToOp extends Op {

    /** The ignored second operand of the host path's broadcast copy. */
    private static final float[] NOTHING = {0f};

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
        if (Host.use(x)) {
            float[] y = HostElementwise.binary(HostElementwise.Binary.FIRST, x.host(), x.shape(), NOTHING, new long[0], shape);
            return new BroadcastToOp(x).output(y, shape.clone());
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
