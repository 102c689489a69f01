package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba, ICLR 2015) with PyTorch's bias correction ({@code torch.optim.Adam}), at
 * step {@code t}:
 * <pre>
 * g = grad + weightDecay p                       (L2, coupled)
 * m = beta1 m + (1 - beta1) g
 * v = beta2 v + (1 - beta2) g^2
 * p = p - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * {@link AdamW} decouples the weight decay instead.
 */
public class Adam extends Optimizer {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;

    /** PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(Map<String, Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8, 0);
    }

    public Adam(Map<String, Parameter> parameters, double learningRate, double beta1, double beta2, double eps, double weightDecay) {
        this(parameters, learningRate, beta1, beta2, eps, weightDecay, false);
    }

    Adam(Map<String, Parameter> parameters, double learningRate, double beta1, double beta2, double eps, double weightDecay,
         boolean decoupled) {
        super(parameters, learningRate);
        require(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in [0, 1)");
        require(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)");
        require(eps >= 0 && eps < Double.POSITIVE_INFINITY, "eps", eps, "finite and >= 0");
        require(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY, "weight decay", weightDecay, "finite and >= 0");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
    }

    @Override
    protected final Tensor update(String name, Tensor p, Tensor grad) {
        double lr = learningRate();
        Tensor g = decoupled || weightDecay == 0 ? grad : Tensor.combine(new double[] {1, weightDecay}, grad, p);
        Tensor m = Tensor.combine(new double[] {beta1, 1 - beta1}, slot(name, "exp_avg", p), g);
        Tensor v = Tensor.combine(new double[] {beta2, 1 - beta2}, slot(name, "exp_avg_sq", p), g.square());
        putSlot(name, "exp_avg", m);
        putSlot(name, "exp_avg_sq", v);
        long t = stepCount();
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        Tensor denominator = v.sqrt().affine(1 / Math.sqrt(correction2), eps);
        double shrink = decoupled ? 1 - lr * weightDecay : 1;
        return Tensor.combine(new double[] {shrink, -lr / correction1}, p, m.div(denominator));
    }

    @Override
    protected final List<String> slotNames() {
        return List.of("exp_avg", "exp_avg_sq");
    }
}
