package dev.neuralode.ui.classifier;

/**
 * Keeps a repeated measurement (the validation error, the drawn digit's model) from taking more than
 * a share of a core while training runs: after a run that took {@code c}, the next is due no sooner
 * than {@code c (1 - share) / share} later, and never sooner than a least interval. On the two
 * shared cores this app is built for, every core-second spent measuring is taken from training or
 * from drawing frames. Not thread-safe: one thread records and asks.
 */
final class BackgroundBudget {

    private final double share;
    private final long leastNanos;
    private long lastEnd = Long.MIN_VALUE / 2;
    private long lastCost;

    /**
     * @param share      the most of one core the measurement may take, in (0, 1]
     * @param leastNanos the least time between two measurements
     */
    BackgroundBudget(double share, long leastNanos) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
        this.share = share;
        this.leastNanos = leastNanos;
    }

    /** Whether another run may start at {@code now}. */
    boolean due(long now) {
        return now >= dueAt();
    }

    /** When the next run may start, in the clock of {@link #record}. */
    long dueAt() {
        long rest = (long) (lastCost * (1 - share) / share);
        return lastEnd + Math.max(leastNanos, rest);
    }

    /** A run took {@code cost} nanoseconds and ended at {@code end}. */
    void record(long cost, long end) {
        lastCost = Math.max(0, cost);
        lastEnd = end;
    }

    /** Forgets the runs so far (a new model): the next run is due at once. */
    void reset() {
        lastEnd = Long.MIN_VALUE / 2;
        lastCost = 0;
    }
}
