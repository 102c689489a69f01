package dev.neuralode.ui.plane;

import java.util.Arrays;
import java.util.Locale;

/**
 * Accuracy against iteration, kept on the FX thread: the training batch's at every iteration and the
 * test set's where it was evaluated. Growable columns, so that a chart appends only what is new.
 */
final class AccuracyHistory {

    private double[] iterations = new double[64];
    private double[] train = new double[64];
    private double[] testIterations = new double[16];
    private double[] test = new double[16];
    private int size;
    private int testSize;
    private int clears;

    void add(long iteration, double batchAccuracy, double testAccuracy) {
        if (size == iterations.length) {
            iterations = Arrays.copyOf(iterations, 2 * size);
            train = Arrays.copyOf(train, 2 * size);
        }
        iterations[size] = iteration;
        train[size++] = batchAccuracy;
        if (Double.isFinite(testAccuracy)) {
            if (testSize == test.length) {
                testIterations = Arrays.copyOf(testIterations, 2 * testSize);
                test = Arrays.copyOf(test, 2 * testSize);
            }
            testIterations[testSize] = iteration;
            test[testSize++] = testAccuracy;
        }
    }

    /** One row per iteration: iteration, batch accuracy, and the test accuracy where it was evaluated (else empty). */
    String toCsv() {
        StringBuilder s = new StringBuilder(24 * (size + 1)).append("iteration,batch_accuracy,test_accuracy\n");
        int t = 0;
        for (int i = 0; i < size; i++) {
            s.append((long) iterations[i]).append(',').append(String.format(Locale.ROOT, "%.6f", train[i])).append(',');
            while (t < testSize && testIterations[t] < iterations[i]) {
                t++;
            }
            if (t < testSize && testIterations[t] == iterations[i]) {
                s.append(String.format(Locale.ROOT, "%.6f", test[t]));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * Appends the rows of a history written by {@link #toCsv()} (saved with a checkpoint); reading
     * stops at the first malformed row, keeping the rows before it.
     *
     * @return the number of rows appended
     */
    int restore(String csv) {
        String[] lines = csv.split("\\R");
        int rows = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            try {
                long iteration = Long.parseLong(cells[0].trim());
                double batch = Double.parseDouble(cells[1].trim());
                double testAccuracy = cells.length > 2 && !cells[2].isBlank() ? Double.parseDouble(cells[2].trim()) : Double.NaN;
                add(iteration, batch, testAccuracy);
                rows++;
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException malformed) {
                break;
            }
        }
        return rows;
    }

    /** The last row's iteration and accuracies, or null when empty: {iteration, batch, last test (NaN if none)}. */
    double[] last() {
        return size == 0 ? null : new double[] {iterations[size - 1], train[size - 1], testSize == 0 ? Double.NaN : test[testSize - 1]};
    }

    void clear() {
        size = 0;
        testSize = 0;
        clears++;
    }

    int size() {
        return size;
    }

    int testSize() {
        return testSize;
    }

    /** Changes whenever the history is cleared, so a chart knows to start over. */
    int clears() {
        return clears;
    }

    double[] iterations(int from, int to) {
        return Arrays.copyOfRange(iterations, from, to);
    }

    double[] train(int from, int to) {
        return Arrays.copyOfRange(train, from, to);
    }

    double[] testIterations(int from, int to) {
        return Arrays.copyOfRange(testIterations, from, to);
    }

    double[] test(int from, int to) {
        return Arrays.copyOfRange(test, from, to);
    }
}
