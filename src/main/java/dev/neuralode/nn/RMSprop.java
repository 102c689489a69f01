package dev.neuralode.nn;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

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
    protected INDArray update(String name, INDArray p, INDArray grad) {
        INDArray g = weightDecay != 0 ? grad.add(p.mul(weightDecay)) : grad;
        INDArray v = slot(name, "square_avg", p).muli(alpha).addi(g.mul(g).muli(1 - alpha));
        INDArray spread = v;
        if (centered) {
            INDArray a = slot(name, "grad_avg", p).muli(alpha).addi(g.mul(1 - alpha));
            spread = v.sub(a.mul(a));
        }
        INDArray denominator = Transforms.sqrt(spread, true).addi(eps);
        INDArray direction = g.div(denominator);
        if (momentum > 0) {
            direction = slot(name, "momentum_buffer", p).muli(momentum).addi(direction);
        }
        return p.sub(direction.mul(learningRate()));
    }

    @Override
    protected List<String> slotNames() {
        return List.of("square_avg", "grad_avg", "momentum_buffer");
    }
}
