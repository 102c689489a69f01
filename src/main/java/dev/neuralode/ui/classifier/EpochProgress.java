package dev.neuralode.ui.classifier;

import java.util.Locale;

/**
 * Where training is in its epochs, and how long the rest would take at the pace measured: the honest
 * figure for MNIST on a CPU, where one epoch of the full recipe takes many minutes and its 160 epochs
 * days.
 *
 * @param epoch     the epoch under way, 1-based
 * @param done      iterations finished in it
 * @param perEpoch  iterations in an epoch
 * @param epochs    epochs of the recipe
 * @param secondsPerIteration the recent mean wall time of an iteration, NaN before any
 */
record EpochProgress(long epoch, long done, int perEpoch, int epochs, double secondsPerIteration) {

    static EpochProgress of(long iteration, int perEpoch, int epochs, double secondsPerIteration) {
        long index = iteration == 0 ? 0 : (iteration - 1) / perEpoch;
        return new EpochProgress(index + 1, iteration - index * perEpoch, perEpoch, epochs, secondsPerIteration);
    }

    /** The fraction of the current epoch done, in [0, 1]. */
    double fraction() {
        return done / (double) perEpoch;
    }

    /** For example "Epoch 3: 20 of 62 iterations, about 40 s to go; all 160 epochs: about 6.1 h at this pace". */
    String describe() {
        String head = String.format(Locale.ROOT, "Epoch %d: %d of %d iterations", epoch, done, perEpoch);
        if (!(secondsPerIteration > 0)) {
            return head;
        }
        long left = perEpoch - done;
        long allLeft = Math.max(0, (long) epochs * perEpoch - ((epoch - 1) * perEpoch + done));
        return head + (left > 0 ? ", about " + duration(left * secondsPerIteration) + " to go" : "") + "; all " + epochs
                + " epochs of the recipe: about " + duration(allLeft * secondsPerIteration) + " more at this pace";
    }

    /** A duration in the unit that reads best: seconds, minutes, hours or days. */
    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
