package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.Shapes;
import java.util.Arrays;

/**
 * The backward product of an activation expressed through its output {@code y}, fused into one
 * pass: for tanh {@code z = g (1 - y^2)}, for sigmoid {@code z = g y (1 - y)}. These are the hottest
 * products of a backward pass through a tanh MLP; for ELU with {@code alpha = 1},
 * {@code z = g (y > 0 ? 1 : y + 1)}; for ReLU {@code z = g (y > 0)}. Backward (so second order works): with respect to g the same
 * product of the new gradient {@code h}; with respect to y, {@code -2 h g y} for tanh,
 * {@code h g (1 - 2y)} for sigmoid, {@code y > 0 ? 0 : h g} for ELU and none for ReLU.
 */
final class ActivationGradOp extends Op {

    private final Activation kind;

    private ActivationGradOp(Activation kind, Tensor g, Tensor y) {
        super(g, y);
        this.kind = kind;
    }

    static Tensor apply(Activation kind, Tensor g, Tensor y) {
        if (!Arrays.equals(g.shape(), y.shape())) {
            throw new IllegalStateException(kind + " backward: gradient " + Shapes.str(g.shape()) + " and output "
                    + Shapes.str(y.shape()) + " differ");
        }
        var k = g.kernels();
        return new ActivationGradOp(kind, g, y).output(k.activationGrad(kind, g.storage(), y.storage(k)), g.shape());
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
                // piecewise constant: no gradient reaches y
                case RELU -> null;
            };
        }
        return new Tensor[] {dg, dy};
    }
}
