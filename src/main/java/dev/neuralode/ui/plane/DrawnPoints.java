package dev.neuralode.ui.plane;

import dev.neuralode.data.LabelledPoints;
import java.util.Arrays;

/**
 * The drawn dataset: points added by two brushes, one per class. Immutable; each stroke gives a new
 * value, so that the view-model can hand it to the engine thread as it is.
 */
record DrawnPoints(double[] xy, int[] labels) {

    /** The square the drawing canvas shows, {@code [xMin, xMax, yMin, yMax]}, and the map is computed over. */
    static final double[] BOUNDS = {-2, 2, -2, 2};
    /** The most points a drawing holds, so that a long scribble cannot make every iteration slow. */
    static final int MAX_POINTS = 2000;

    static DrawnPoints empty() {
        return new DrawnPoints(new double[0], new int[0]);
    }

    static DrawnPoints of(LabelledPoints p) {
        return new DrawnPoints(p.xy(), p.labels());
    }

    int size() {
        return labels.length;
    }

    int count(int label) {
        return (int) Arrays.stream(labels).filter(l -> l == label).count();
    }

    /** This drawing with a point added, or this one when it is full or the point lies outside {@link #BOUNDS}. */
    DrawnPoints with(double x, double y, int label) {
        if (size() >= MAX_POINTS || x < BOUNDS[0] || x > BOUNDS[1] || y < BOUNDS[2] || y > BOUNDS[3]) {
            return this;
        }
        double[] nx = Arrays.copyOf(xy, xy.length + 2);
        nx[xy.length] = x;
        nx[xy.length + 1] = y;
        int[] nl = Arrays.copyOf(labels, labels.length + 1);
        nl[labels.length] = label;
        return new DrawnPoints(nx, nl);
    }

    /** Whether a session can train on it: both classes, and enough points for a test point and a training point of each. */
    boolean trainable() {
        return count(0) >= 2 && count(1) >= 2;
    }

    LabelledPoints toLabelled() {
        return new LabelledPoints(xy, labels);
    }
}
