/**
 * Latent ODEs for irregular time series: recognition RNN, latent dynamics, decoder, ELBO, Poisson
 * process likelihood, and the RNN baselines.
 *
 * <p>May depend on: {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.latent;
