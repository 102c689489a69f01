package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import java.util.random.RandomGenerator;

/**
 * The approximate posterior {@code q(z0 | x) = N(mean, diag(exp(logVar)))}, one row per series.
 *
 * @param mean   {@code (B, L)}
 * @param logVar {@code (B, L)}
 */
public record Posterior(Tensor mean, Tensor logVar) {

    public Posterior {
        if (mean.rank() != 2 || !java.util.Arrays.equals(mean.shape(), logVar.shape())) {
            throw new IllegalArgumentException("a posterior needs mean and log-variance of one shape (B, L), were "
                    + mean + " and " + logVar);
        }
    }

    /**
     * A reparameterised sample {@code z0 = mean + exp(logVar / 2) eps} (Kingma and Welling 2014),
     * differentiable in mean and logVar, with {@code eps ~ N(0, I)} drawn from {@code rng}.
     */
    public Tensor sample(RandomGenerator rng) {
        return sample(standardNormal(rng, mean.shape(), mean));
    }

    /** {@code mean + exp(logVar / 2) eps} for a given {@code eps} of the posterior's shape. */
    public Tensor sample(Tensor eps) {
        return mean.add(logVar.mul(0.5).exp().mul(eps));
    }

    /**
     * The analytic {@code KL(q || N(0, I))} per series, {@code (B)}:
     * {@code 1/2 sum_l (exp(logVar_l) + mean_l^2 - 1 - logVar_l)}.
     */
    public Tensor klToStandardNormal() {
        return logVar.exp().add(mean.square()).sub(logVar).add(-1.0).sum(false, 1).mul(0.5);
    }

    /** A constant tensor of standard normal draws in the dtype of {@code like}. */
    static Tensor standardNormal(RandomGenerator rng, long[] shape, Tensor like) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Tensor.fromValues(v, like.dtype(), shape);
    }
}
