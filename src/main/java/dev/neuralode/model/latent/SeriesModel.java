package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Module;
import java.util.random.RandomGenerator;

/**
 * A model of irregular 2D series that can be trained on batches and asked to predict: the latent
 * ODE and its RNN baselines, so that {@link SeriesTrainer} and {@link PredictiveRmse} treat them
 * alike (the paper's Table 2 compares them on the same data).
 */
public interface SeriesModel {

    /** A short name for tables, such as "Latent ODE". */
    String name();

    /** The module whose parameters training updates. */
    Module module();

    /** The dtype of the parameters; batches are built in it. */
    DType dtype();

    /** The training loss of one batch, a scalar to minimise (randomness, if any, from {@code rng}). */
    Tensor loss(IrregularBatch batch, RandomGenerator rng);

    /**
     * Predictions for every series of the batch at the given increasing times, {@code (F, B, 2)}, from
     * the observations in the batch. Call it without recording ({@code GradMode.disabled()}) when only
     * the values are wanted.
     */
    Tensor predict(IrregularBatch batch, double[] times);

    /**
     * Predictions at times inside (or around) the observation window, {@code (F, B, 2)}: what the
     * model says each series was at those times. For a latent ODE the decoded posterior-mean
     * trajectory, for an RNN its one-step-ahead predictions.
     */
    Tensor reconstruct(IrregularBatch batch, double[] times);
}
