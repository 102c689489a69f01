package dev.neuralode.ui.plane;

import java.util.Arrays;

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
