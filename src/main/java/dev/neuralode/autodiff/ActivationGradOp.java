package dev.neuralode.autodiff;

import java.util.Arrays;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The backward product of an activation expressed through its output {@code y}, fused into one
 * pass: for tanh {@code z = g (1 - y^2)}, for sigmoid {@code z = g y (1 - y)}. These are the hottest
 * products of a backward pass through a tanh MLP; for ELU with {@code alpha = 1},
 * {@code z = g (y > 0 ? 1 : y + 1)}. Backward (so second order works): with respect to g the same
 * product of the new gradient {@code h}; with respect to y, {@code -2 h g y} for tanh,
 * {@code h g (1 - 2y)} for sigmoid and {@code y > 0 ? 0 : h g} for ELU.
 */
final class ActivationGradOp extends Op {

    enum Kind { TANH, SIGMOID, ELU }

    private final Kind kind;

    private ActivationGradOp(Kind kind, Tensor g, Tensor y) {
        super(g, y);
        this.kind = kind;
    }

    static Tensor apply(Kind kind, Tensor g, Tensor y) {
        if (!Arrays.equals(g.shape(), y.shape())) {
            throw new IllegalStateException(kind + " backward: gradient " + Shapes.str(g.shape()) + " and output "
                    + Shapes.str(y.shape()) + " differ");
        }
        ActivationGradOp op = new ActivationGradOp(kind, g, y);
        if (Host.use(g, y)) {
            float[] gv = g.host();
            float[] yv = y.host();
            float[] z = Workspace.floats(gv.length);
            if (kind == Kind.TANH) {
                for (int i = 0; i < z.length; i++) {
                    z[i] = gv[i] * (1f - yv[i] * yv[i]);
                }
            } else if (kind == Kind.ELU) {
                for (int i = 0; i < z.length; i++) {
                    // y > 0 ? 1 : y + 1, without a branch
                    z[i] = gv[i] * (Math.min(yv[i], 0f) + 1f);
                }
            } else {
                for (int i = 0; i < z.length; i++) {
                    z[i] = gv[i] * yv[i] * (1f - yv[i]);
                }
            }
            return op.output(z, g.shape());
        }
        var yv = y.value();
        var slope = switch (kind) {
            case TANH -> yv.mul(yv).rsubi(1.0);
            case SIGMOID -> yv.mul(yv.rsub(1.0));
            // y > 0 ? 1 : y + 1, as max(y, 0) can only be y when y > 0: min(y, 0) + 1.
            case ELU -> Transforms.min(yv, 0.0, true).addi(1.0);
        };
        return op.output(g.value().mul(slope));
    }

    @Override
    String name() {
        return kind.name().toLowerCase() + "_grad";
    }

    @Override
    Tensor[] backward(Tensor h) {
        Tensor g = inputs[0];
        Tensor y = inputs[1];
        Tensor dg = needs(0) ? apply(kind, h, y) : null;
        Tensor dy = null;
        if (needs(1)) {
            dy = switch (kind) {
                case TANH -> h.mul(g).mul(y).mul(-2.0);
                case SIGMOID -> h.mul(g).mul(y.affine(-2.0, 1.0));
                case ELU -> Tensor.where(y.gt(0.0), Tensor.scalar(0.0, y.dtype()), h.mul(g));
            };
        }
        return new Tensor[] {dg, dy};
    }
}
