package dev.neuralode.nn;

import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter, "Decoupled Weight Decay
 * Regularization", ICLR 2019; PyTorch's {@code torch.optim.AdamW}): each step first shrinks
 * {@code p = p (1 - lr weightDecay)}, then applies the {@link Adam} update to the plain gradient.
 */
public final class AdamW extends Adam {

    /** PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public AdamW(Map<String, Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8, 0.01);
    }

    public AdamW(Map<String, Parameter> parameters, double learningRate, double beta1, double beta2, double eps, double weightDecay) {
        super(parameters, learningRate, beta1, beta2, eps, weightDecay, true);
    }
}
