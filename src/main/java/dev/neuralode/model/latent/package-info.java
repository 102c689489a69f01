/**
 * Latent ODEs for irregular time series (Chen et al. 2018, section 5): the {@link
 * dev.neuralode.model.latent.LatentOde} (a {@link dev.neuralode.model.latent.RecognitionRnn} run
 * backwards over the observations and their time gaps, {@link dev.neuralode.model.latent.LatentDynamics},
 * a decoder, the ELBO with a Gaussian likelihood and an analytic KL, an optional {@link
 * dev.neuralode.model.latent.PoissonProcess} likelihood of the observation times), the RNN baselines
 * ({@link dev.neuralode.model.latent.RnnForecaster}), a minimal training loop and the predictive RMSE.
 *
 * <p>Series observed at different times are batched on the union of their times with masks
 * ({@link dev.neuralode.model.latent.IrregularBatch}). Every ODE solve goes through a {@link
 * dev.neuralode.model.latent.TrajectorySolver}, so the sensitivity method (direct backpropagation
 * now, an adjoint later) is chosen in one place. Views get plain arrays ({@link
 * dev.neuralode.model.latent.LatentPrediction}).
 *
 * <p>May depend on: {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.latent;
