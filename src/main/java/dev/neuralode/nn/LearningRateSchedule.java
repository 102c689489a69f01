package dev.neuralode.nn;

/**
 * A learning rate as a function of the epoch (or step) count, counted from 0. Pure: the training
 * loop asks for the rate and sets it, {@code schedule.applyTo(optimizer, epoch)}.
 */
public interface LearningRateSchedule {

    /** The learning rate for the given epoch (0 is the first). */
    double rate(long epoch);

    /** Sets {@code optimizer}'s learning rate to {@link #rate(long) rate(epoch)}. */
    default void applyTo(Optimizer optimizer, long epoch) {
        optimizer.setLearningRate(rate(epoch));
    }

    /** Checks the arguments every schedule shares. */
    static void requireValid(double initialRate, double gamma) {
        if (!(initialRate >= 0) || Double.isInfinite(initialRate)) {
            throw new IllegalArgumentException("the initial learning rate must be finite and non-negative, was " + initialRate);
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive and finite (typically 0.1), was " + gamma);
        }
    }

    /** Refuses negative epochs. */
    static void requireEpoch(long epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epochs count from 0, was " + epoch);
        }
    }
}
