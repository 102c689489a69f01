package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay, in
 * PyTorch's form ({@code torch.optim.SGD}):
 * <pre>
 * g = grad + weightDecay p
 * b = g on the first step, else momentum b + (1 - dampening) g      (when momentum != 0)
 * g = g + momentum b  (Nesterov)   or   g = b                          (when momentum != 0)
 * p = p - lr g
 * </pre>
 */
public final class SGD extends Optimizer {

    private final double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;

    /** Plain gradient descent. */
    public SGD(Map<String, Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0, 0, 0, false);
    }

    public SGD(Map<String, Parameter> parameters, double learningRate, double momentum, double dampening,
               double weightDecay, boolean nesterov) {
        super(parameters, learningRate);
        require(momentum >= 0 && momentum < Double.POSITIVE_INFINITY, "momentum", momentum, "finite and >= 0");
        require(dampening >= 0 && dampening <= 1, "dampening", dampening, "in [0, 1]");
        require(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY, "weight decay", weightDecay, "finite and >= 0");
        if (nesterov && (momentum == 0 || dampening != 0)) {
            throw new IllegalArgumentException("Nesterov momentum needs momentum > 0 and dampening 0, was momentum "
                    + momentum + ", dampening " + dampening);
        }
        this.momentum = momentum;
        this.dampening = dampening;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
    }

    @Override
    protected Tensor update(String name, Tensor p, Tensor grad) {
        Tensor g = weightDecay != 0 ? Tensor.combine(new double[] {1, weightDecay}, grad, p) : grad;
        if (momentum != 0) {
            Tensor previous = slotOrNull(name, "momentum_buffer");
            Tensor buffer = previous == null ? g : Tensor.combine(new double[] {momentum, 1 - dampening}, previous, g);
            putSlot(name, "momentum_buffer", buffer);
            g = nesterov ? Tensor.combine(new double[] {1, momentum}, g, buffer) : buffer;
        }
        return Tensor.combine(new double[] {1, -learningRate()}, p, g);
    }

    @Override
    protected List<String> slotNames() {
        return List.of("momentum_buffer");
    }
}
