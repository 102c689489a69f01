package dev.neuralode.train;

import java.util.Locale;

/**
 * The lowest and the latest finite training loss, to tell a failure caused by divergence (a learning
 * rate too high) from one caused by hard dynamics.
 */
final class LossWatch {

    private double best = Double.NaN;
    private long bestIteration;
    private double last = Double.NaN;
    private long lastIteration;

    void record(long iteration, double loss) {
        if (!Double.isFinite(loss)) {
            return;
        }
        if (Double.isNaN(best) || loss < best) {
            best = loss;
            bestIteration = iteration;
        }
        last = loss;
        lastIteration = iteration;
    }

    /**
     * Whether the latest loss rose above the lowest by more than the lowest's own size (at least 1):
     * an NLL of 3 that reaches 7, a cross-entropy of 0.5 that reaches 2. Noise between batches stays
     * well below that.
     */
    boolean diverged() {
        return Double.isFinite(last) && last - best > Math.max(1, Math.abs(best));
    }

    String describeRise() {
        return String.format(Locale.ROOT, "it rose from %.4g at iteration %d to %.4g at iteration %d", best, bestIteration,
                last, lastIteration);
    }
}
