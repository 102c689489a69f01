package dev.neuralode.autodiff;

import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@code y = x} for {@code x > 0}, else {@code alpha (exp(x) - 1)}. Backward: {@code g} where
 * {@code x > 0}, else {@code g (y + alpha)}; for {@code alpha = 1} (PyTorch's default) as one fused
 * pass over the output ({@link ActivationGradOp}).
 */
final class EluOp extends Op {

    private final double alpha;

    private EluOp(Tensor x, double alpha) {
        super(x);
        this.alpha = alpha;
    }

    static Tensor apply(Tensor x, double alpha) {
        if (Host.use(x)) {
            return new EluOp(x, alpha).output(HostElementwise.elu(x.host(), alpha), x.shape());
        }
        var v = x.value();
        var negativePart = Transforms.exp(Transforms.min(v, 0.0, true), false).subi(1.0).muli(alpha);
        return new EluOp(x, alpha).output(Transforms.relu(v, true).addi(negativePart));
    }

    @Override
    String name() {
        return "elu";
    }

    @Override
    Tensor[] backward(Tensor g) {
        if (alpha == 1.0) {
            return new Tensor[] {ActivationGradOp.apply(ActivationGradOp.Kind.ELU, g, out)};
        }
        Tensor positive = inputs[0].gt(0.0);
        Tensor slope = Tensor.where(positive, Tensor.scalar(1.0, g.dtype()), out.add(alpha));
        return new Tensor[] {g.mul(slope)};
    }
}
