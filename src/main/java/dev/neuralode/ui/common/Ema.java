package dev.neuralode.ui.common;

/**
 * An exponential moving average with bias correction, the smoothed line drawn over a noisy training
 * metric: {@code m_t = beta m_(t-1) + (1 - beta) x_t}, reported as {@code m_t / (1 - beta^t)} so
 * that the first values are not pulled towards zero (as in Adam and TensorBoard's smoothing).
 * A series that alternates between two values every iteration comes out as a nearly flat line
 * between them; {@link #bothWays} removes the lag of a one-way average. Non-finite values are skipped, so one failed iteration does not poison the rest.
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

    /**
     * The first {@code n} values smoothed without lag: an average run forwards and then backwards
     * over the result (zero phase, like a forward-backward filter). A one-way average trails a
     * falling loss and draws its line above every point; run both ways, the lags cancel and a
     * straight trend stays on itself. Non-finite values stay non-finite and are skipped.
     */
    public static double[] bothWays(double[] values, int n, double beta) {
        double[] out = new double[n];
        Ema forward = new Ema(beta);
        for (int i = 0; i < n; i++) {
            out[i] = forward.next(values[i]);
        }
        Ema backward = new Ema(beta);
        for (int i = n - 1; i >= 0; i--) {
            double b = backward.next(out[i]);
            out[i] = Double.isFinite(values[i]) ? b : Double.NaN;
        }
        return out;
    }
}
