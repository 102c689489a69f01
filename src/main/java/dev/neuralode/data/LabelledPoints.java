package dev.neuralode.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Points of the plane, each with a class 0 or 1: the data of a two-class classification task. The
 * points are float64, row-major {@code (n, 2)} as {@code [x0, y0, x1, y1, ...]}, the layout of an
 * {@code (n, 2)} tensor. Immutable: the arrays are copied in and out.
 *
 * @param xy     the coordinates, {@code 2 n} finite numbers
 * @param labels the class of each point, 0 or 1
 */
public record LabelledPoints(double[] xy, int[] labels) {

    /** A training set and the test set held out of it. */
    public record Split(LabelledPoints train, LabelledPoints test) {
    }

    /** @throws IllegalArgumentException naming the point with a bad coordinate or label, or the count mismatch */
    public LabelledPoints {
        Objects.requireNonNull(xy, "xy");
        Objects.requireNonNull(labels, "labels");
        if (xy.length != 2 * labels.length) {
            throw new IllegalArgumentException(xy.length + " coordinates do not make " + labels.length
                    + " points; give one x, y pair per label");
        }
        for (int i = 0; i < labels.length; i++) {
            if (!Double.isFinite(xy[2 * i]) || !Double.isFinite(xy[2 * i + 1])) {
                throw new IllegalArgumentException("point " + i + " has a non-finite coordinate (" + xy[2 * i] + ", "
                        + xy[2 * i + 1] + "); remove it or replace it with a number");
            }
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("point " + i + " has class " + labels[i] + "; the classes are 0 and 1");
            }
        }
        xy = xy.clone();
        labels = labels.clone();
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    public int size() {
        return labels.length;
    }

    public double x(int i) {
        return xy[2 * Objects.checkIndex(i, labels.length)];
    }

    public double y(int i) {
        return xy[2 * Objects.checkIndex(i, labels.length) + 1];
    }

    public int label(int i) {
        return labels[i];
    }

    /** How many points have class {@code label}. */
    public int count(int label) {
        int n = 0;
        for (int l : labels) {
            n += l == label ? 1 : 0;
        }
        return n;
    }

    /** The coordinates of the given points, row-major {@code (indices.length, 2)}: a batch. */
    public double[] points(int[] indices) {
        double[] out = new double[2 * indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = Objects.checkIndex(indices[k], labels.length);
            out[2 * k] = xy[2 * i];
            out[2 * k + 1] = xy[2 * i + 1];
        }
        return out;
    }

    /** The classes of the given points, in the same order. */
    public int[] labels(int[] indices) {
        int[] out = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = labels[Objects.checkIndex(indices[k], labels.length)];
        }
        return out;
    }

    /** The given points, in that order. */
    public LabelledPoints subset(int[] indices) {
        return new LabelledPoints(points(indices), labels(indices));
    }

    /**
     * Holds out {@code round(testFraction * n)} points chosen by {@link Permutations#shuffled} driven by
     * {@code new SplittableRandom(seed)}: disjoint, together all points, each in this set's order.
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must lie in [0, 1), such as 0.2, was " + testFraction);
        }
        int held = (int) Math.round(testFraction * size());
        int[] order = Permutations.shuffled(size(), new SplittableRandom(seed));
        int[] test = Arrays.copyOfRange(order, 0, held);
        int[] train = Arrays.copyOfRange(order, held, order.length);
        Arrays.sort(test);
        Arrays.sort(train);
        return new Split(subset(train), subset(test));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledPoints p && Arrays.equals(p.xy, xy) && Arrays.equals(p.labels, labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xy) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "LabelledPoints[" + size() + " points, " + count(0) + " of class 0, " + count(1) + " of class 1]";
    }
}
