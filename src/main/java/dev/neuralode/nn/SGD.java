package dev.neuralode.nn;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

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
    protected INDArray update(String name, INDArray p, INDArray grad) {
        INDArray g = weightDecay != 0 ? grad.add(p.mul(weightDecay)) : grad;
        if (momentum != 0) {
            INDArray buffer = slotOrNull(name, "momentum_buffer");
            if (buffer == null) {
                buffer = g.dup();
                putSlot(name, "momentum_buffer", buffer);
            } else {
                buffer.muli(momentum).addi(g.mul(1 - dampening));
            }
            g = nesterov ? g.add(buffer.mul(momentum)) : buffer;
        }
        return p.sub(g.mul(learningRate()));
    }

    @Override
    protected List<String> slotNames() {
        return List.of("momentum_buffer");
    }
}
