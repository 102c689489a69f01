package dev.neuralode.ui;

/**
 * The arithmetic of the pulse monitor: from the gaps between consecutive FX pulses, the longest
 * one while training (a stall: the FX thread was busy, or starved, for that long) overall and
 * within the current reporting window.
 */
final class StallTracker {

    private long longestNanos;
    private long windowLongestNanos;
    private long pulsesWhileTraining;
    private long overBudget;

    /** A gap longer than this is a stall the user can feel (the target). */
    static final long BUDGET_NANOS = 50_000_000L;

    /** One gap between pulses; only gaps that end while training count. */
    void record(long gapNanos, boolean training) {
        if (!training || gapNanos <= 0) {
            return;
        }
        pulsesWhileTraining++;
        if (gapNanos > BUDGET_NANOS) {
            overBudget++;
        }
        longestNanos = Math.max(longestNanos, gapNanos);
        windowLongestNanos = Math.max(windowLongestNanos, gapNanos);
    }

    double longestMillis() {
        return longestNanos / 1e6;
    }

    double windowLongestMillis() {
        return windowLongestNanos / 1e6;
    }

    long pulsesWhileTraining() {
        return pulsesWhileTraining;
    }

    /** The share of pulses while training that came more than 50 ms after the previous one. */
    double overBudgetShare() {
        return pulsesWhileTraining == 0 ? 0 : (double) overBudget / pulsesWhileTraining;
    }

    /** Starts a new reporting window; the overall longest is kept. */
    void newWindow() {
        windowLongestNanos = 0;
    }
}
