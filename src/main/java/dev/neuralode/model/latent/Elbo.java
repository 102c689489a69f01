package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;

/**
 * The terms of a latent ODE's evidence lower bound for one batch and one sample of z0, each per
 * series {@code (B)}:
 * {@code ELBO = log p(x | z) [+ log p(t_1..t_n | z)] - KL(q(z0 | x) || N(0, I))}.
 *
 * @param loss          {@code -mean_b ELBO_b}, the scalar to minimise (torchdiffeq's {@code latent_ode.py})
 * @param logLikelihood the Gaussian observation log-likelihood
 * @param poisson       the Poisson process log-likelihood of the observation times, or null
 * @param kl            the analytic KL divergence
 * @param nfe           evaluations of the dynamics in the forward solve
 * @param trajectory    the latent solve, whose backward statistics fill in when the loss is backpropagated
 */
public record Elbo(Tensor loss, Tensor logLikelihood, Tensor poisson, Tensor kl, int nfe,
                   TrajectorySolver.Trajectory trajectory) {

    /** Evaluations in the backward solves (adjoint methods), once the loss has been backpropagated. */
    public int backwardNfe() {
        return trajectory.backwardNfe();
    }

    /** The batch mean of the ELBO, {@code -loss}. */
    public double value() {
        return -loss.item();
    }

    /** The batch mean of the KL term. */
    public double meanKl() {
        return kl.mean().item();
    }

    /** The batch mean of the Gaussian log-likelihood. */
    public double meanLogLikelihood() {
        return logLikelihood.mean().item();
    }
}
