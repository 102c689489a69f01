package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;

/**
 * The masked Gaussian observation log-likelihood with a fixed standard deviation sigma, as in
 * torchdiffeq's {@code latent_ode.py}:
 * {@code log p(x | mu) = sum_(i, d) m_i (-1/2) (log 2 pi + 2 log sigma + (x_id - mu_id)^2 / sigma^2)},
 * summed per series over the observed points (mask {@code m_i = 1}) and dimensions.
 */
public final class GaussianLikelihood {

    private GaussianLikelihood() {
    }

    /**
     * Per-series log-likelihood {@code (B)} of observations {@code x (T, B, D)} under means
     * {@code mu (T, B, D)}, counting only points where {@code mask (T, B, 1)} is 1.
     */
    public static Tensor logLikelihood(Tensor x, Tensor mu, Tensor mask, double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("the observation standard deviation must be positive and finite, was " + sigma);
        }
        if (x.rank() != 3 || !java.util.Arrays.equals(x.shape(), mu.shape()) || mask.rank() != 3 || mask.size(0) != x.size(0)
                || mask.size(1) != x.size(1) || mask.size(2) != 1) {
            throw new IllegalArgumentException("logLikelihood needs x and mu of shape (T, B, D) and a mask (T, B, 1), were "
                    + x + ", " + mu + ", " + mask);
        }
        double constant = -0.5 * (Math.log(2 * Math.PI) + 2 * Math.log(sigma));
        // Every masked point contributes the same constant, so it is counted once per observation.
        Tensor counts = mask.sum(false, 0, 2).mul(constant * x.size(2));
        Tensor squares = x.sub(mu).square().mul(mask).sum(false, 0, 2);
        return squares.mul(-0.5 / (sigma * sigma)).add(counts);
    }
}
