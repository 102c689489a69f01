package dev.neuralode.nn;

/**
 * Decays the rate by {@code gamma} every {@code stepSize} epochs (PyTorch's {@code StepLR}):
 * {@code rate(e) = initialRate * gamma^floor(e / stepSize)}.
 */
public record StepSchedule(double initialRate, long stepSize, double gamma) implements LearningRateSchedule {

    public StepSchedule {
        LearningRateSchedule.requireValid(initialRate, gamma);
        if (stepSize < 1) {
            throw new IllegalArgumentException("stepSize must be at least 1 epoch, was " + stepSize);
        }
    }

    @Override
    public double rate(long epoch) {
        LearningRateSchedule.requireEpoch(epoch);
        return initialRate * Math.pow(gamma, (double) (epoch / stepSize));
    }
}
