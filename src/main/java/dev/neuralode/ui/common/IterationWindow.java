package dev.neuralode.ui.common;

/**
 * Which iterations the training charts show. The loss falls by an order of magnitude in the first
 * few dozen iterations and then by hundredths, so over all iterations the later part is a flat
 * line; a recent window scales the axes to what is still changing.
 */
public enum IterationWindow {
    ALL("all iterations"),
    RECENT_HALF("recent half"),
    LAST_100("last 100"),
    LAST_1000("last 1,000");

    private final String text;

    IterationWindow(String text) {
        this.text = text;
    }

    /** The first iteration shown when the charts hold iterations {@code first} to {@code last}. */
    public double start(double first, double last) {
        return switch (this) {
            case ALL -> first;
            case RECENT_HALF -> Math.floor(first + (last - first) / 2);
            case LAST_100 -> Math.max(first, last - 99);
            case LAST_1000 -> Math.max(first, last - 999);
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
