package dev.neuralode.ui.common;

/**
 * An exponential moving average with bias correction, the smoothed line drawn over a noisy training
 * metric: {@code m_t = beta m_(t-1) + (1 - beta) x_t}, reported as {@code m_t / (1 - beta^t)} so
 * that the first values are not pulled towards zero (as in Adam and TensorBoard's smoothing).
 * A series that alternates between two values every iteration comes out as a nearly flat line
 * between them. Non-finite values are skipped, so one failed iteration does not poison the rest.
 */
public final class Ema {

    private final double beta;
    private double mean;
    private double weight;

    /** @param beta the weight of the past, in [0, 1): 0.9 averages over about the last ten values */
    public Ema(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1), was " + beta);
        }
        this.beta = beta;
    }

    /** Takes the next value and returns the smoothed one (NaN until a finite value came). */
    public double next(double x) {
        if (Double.isFinite(x)) {
            mean = beta * mean + (1 - beta) * x;
            weight = beta * weight + (1 - beta);
        }
        return weight > 0 ? mean / weight : Double.NaN;
    }

    public void reset() {
        mean = 0;
        weight = 0;
    }
}
