package dev.neuralode.train;

import dev.neuralode.model.latent.LatentOdeConfig;
import dev.neuralode.ode.Odeint;

/**
 * The settings of an interactive latent ODE session on the paper's spirals: how many spirals and
 * observations per spiral, whether the ELBO includes the Poisson process likelihood, Adam's
 * learning rate, dopri5's tolerances, the minibatch and the seed. The model is
 * {@link LatentOdeConfig#paper()}. The data, the observation count, the Poisson term, the batch and
 * the seed fix a model ({@link #needsNewModel}); the learning rate and the tolerances change live.
 *
 * @param spirals      spirals generated (80% train, the rest are held out and only inferred)
 * @param observations observations kept per spiral, of the 100 in its window (the paper's n: 30, 50, 100)
 * @param poisson      whether the ELBO includes the Poisson process likelihood of the observation times
 * @param learningRate Adam's learning rate
 * @param rtol         dopri5's relative tolerance
 * @param atol         dopri5's absolute tolerance
 * @param batchSize    spirals per training step
 * @param seed         seeds the spirals, their subsampling, the model's initial weights and its noise
 */
public record LatentExperiment(int spirals, int observations, boolean poisson, double learningRate, double rtol, double atol,
                               int batchSize, long seed) {

    /** Hidden units of the Poisson intensity network when the Poisson likelihood is on. */
    public static final int POISSON_HIDDEN = 20;
    /** The observations a spiral's window holds; n is chosen among them. */
    public static final int WINDOW = 100;

    public LatentExperiment {
        if (spirals < 5) {
            throw new IllegalArgumentException("spirals must be at least 5 (80% train, 20% held out), was " + spirals);
        }
        if (observations < 2 || observations > WINDOW) {
            throw new IllegalArgumentException("observations must lie in [2, " + WINDOW + "] (each spiral's window has "
                    + WINDOW + " points), was " + observations);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite (the paper uses 0.01), was "
                    + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, was " + batchSize);
        }
        Odeint.defaults().tolerances(rtol, atol);
    }

    /**
     * 200 spirals at n = 30 in batches of 50: a tenth of the paper's data and half its batch, so that
     * an iteration takes a fraction of a second on two cores and the picture improves while one watches.
     */
    public static LatentExperiment defaults() {
        return new LatentExperiment(200, 30, false, 0.01, 1e-5, 1e-6, 50, 0);
    }

    public LatentExperiment withObservations(int n) {
        return new LatentExperiment(spirals, n, poisson, learningRate, rtol, atol, batchSize, seed);
    }

    public LatentExperiment withPoisson(boolean on) {
        return new LatentExperiment(spirals, observations, on, learningRate, rtol, atol, batchSize, seed);
    }

    public LatentExperiment withLearningRate(double rate) {
        return new LatentExperiment(spirals, observations, poisson, rate, rtol, atol, batchSize, seed);
    }

    /** Both tolerances from one setting: {@code atol = rtol / 10}, the ratio of the paper's defaults. */
    public LatentExperiment withTolerance(double relative) {
        return new LatentExperiment(spirals, observations, poisson, learningRate, relative, relative / 10, batchSize, seed);
    }

    public LatentExperiment withData(int count, int batch) {
        return new LatentExperiment(count, observations, poisson, learningRate, rtol, atol, batch, seed);
    }

    /** Whether going from this experiment to {@code next} needs a new model (anything but the learning rate and tolerances). */
    public boolean needsNewModel(LatentExperiment next) {
        return spirals != next.spirals || observations != next.observations || poisson != next.poisson
                || batchSize != next.batchSize || seed != next.seed;
    }

    /** The config as indented JSON. */
    public String toJson() {
        return ConfigJson.write(this);
    }

    /**
     * Reads a config from JSON.
     *
     * @throws IllegalArgumentException naming the property when the JSON is malformed, has an unknown
     *                                  or missing property, or a value out of range
     */
    public static LatentExperiment fromJson(String json) {
        return ConfigJson.read(json, LatentExperiment.class);
    }

    /** The paper's spiral model at these tolerances, with or without the Poisson term. */
    public LatentOdeConfig modelConfig() {
        return LatentOdeConfig.paper().withTolerances(rtol, atol).withPoisson(poisson ? POISSON_HIDDEN : 0);
    }
}
