package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.List;
import java.util.Map;

/**
 * RMSprop (Hinton, lecture 6e) in PyTorch's form ({@code torch.optim.RMSprop}):
 * <pre>
 * g = grad + weightDecay p
 * v = alpha v + (1 - alpha) g^2
 * a = alpha a + (1 - alpha) g;  d = sqrt(v - a^2) + eps   (centered)   or   d = sqrt(v) + eps
 * b = momentum b + g / d;  p = p - lr b                    (momentum > 0)   or   p = p - lr g / d
 * </pre>
 */
public final class RMSprop extends Optimizer {

    private final double alpha;
    private final double eps;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;

    /** PyTorch's defaults: alpha 0.99, eps 1e-8, no weight decay, no momentum, not centered. */
    public RMSprop(Map<String, Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.99, 1e-8, 0, 0, false);
    }

    public RMSprop(Map<String, Parameter> parameters, double learningRate, double alpha, double eps, double weightDecay,
                   double momentum, boolean centered) {
        super(parameters, learningRate);
        require(alpha >= 0 && alpha <= 1, "alpha", alpha, "in [0, 1]");
        require(eps >= 0 && eps < Double.POSITIVE_INFINITY, "eps", eps, "finite and >= 0");
        require(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY, "weight decay", weightDecay, "finite and >= 0");
        require(momentum >= 0 && momentum < Double.POSITIVE_INFINITY, "momentum", momentum, "finite and >= 0");
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.centered = centered;
    }

    @Override
    protected Tensor update(String name, Tensor p, Tensor grad) {
        Tensor g = weightDecay != 0 ? Tensor.combine(new double[] {1, weightDecay}, grad, p) : grad;
        Tensor v = Tensor.combine(new double[] {alpha, 1 - alpha}, slot(name, "square_avg", p), g.square());
        putSlot(name, "square_avg", v);
        Tensor spread = v;
        if (centered) {
            Tensor a = Tensor.combine(new double[] {alpha, 1 - alpha}, slot(name, "grad_avg", p), g);
            putSlot(name, "grad_avg", a);
            spread = v.sub(a.square());
        }
        Tensor direction = g.div(spread.sqrt().add(eps));
        if (momentum > 0) {
            direction = Tensor.combine(new double[] {momentum, 1}, slot(name, "momentum_buffer", p), direction);
            putSlot(name, "momentum_buffer", direction);
        }
        return Tensor.combine(new double[] {1, -learningRate()}, p, direction);
    }

    @Override
    protected List<String> slotNames() {
        return List.of("square_avg", "grad_avg", "momentum_buffer");
    }
}
