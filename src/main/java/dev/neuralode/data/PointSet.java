package dev.neuralode.data;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A named set of 2D points, stored row-major as {@code [x0, y0, x1, y1, ...]} in float32, the
 * layout a {@code (n, 2)} tensor takes without copying twice. Immutable.
 */
public final class PointSet {

    private final String name;
    private final float[] xy;

    /**
     * @throws IllegalArgumentException when the array does not hold whole points or holds a
     *                                  non-finite value (naming the point)
     */
    public PointSet(String name, float[] xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("a point set needs x,y pairs, got " + xy.length + " numbers");
        }
        for (int i = 0; i < xy.length; i++) {
            if (!Float.isFinite(xy[i])) {
                throw new IllegalArgumentException("point " + (i / 2) + " of '" + name + "' has a non-finite coordinate ("
                        + xy[i] + "); remove it or replace it with a number");
            }
        }
        this.name = name;
        this.xy = xy.clone();
    }

    public String name() {
        return name;
    }

    public int size() {
        return xy.length / 2;
    }

    public float x(int i) {
        return xy[2 * i];
    }

    public float y(int i) {
        return xy[2 * i + 1];
    }

    /** A copy of the coordinates, row-major {@code (n, 2)}. */
    public float[] toArray() {
        return xy.clone();
    }

    /** {@code [minX, minY, maxX, maxY]}, or zeros for an empty set. */
    public double[] bounds() {
        if (xy.length == 0) {
            return new double[4];
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.min(b[1], xy[i + 1]);
            b[2] = Math.max(b[2], xy[i]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
        return b;
    }

    /** {@code n} points drawn uniformly with replacement: a training batch. */
    public float[] sampleBatch(int n, RandomGenerator rng) {
        if (xy.length == 0) {
            throw new IllegalStateException("'" + name + "' has no points to sample; draw or import some first");
        }
        float[] batch = new float[2 * n];
        for (int k = 0; k < n; k++) {
            int i = rng.nextInt(size());
            batch[2 * k] = xy[2 * i];
            batch[2 * k + 1] = xy[2 * i + 1];
        }
        return batch;
    }

    /** At most {@code max} points, chosen without replacement when there are more. */
    public PointSet subsample(int max, RandomGenerator rng) {
        if (size() <= max) {
            return this;
        }
        int[] index = Permutations.draw(size(), max, rng);
        float[] kept = new float[2 * max];
        for (int k = 0; k < max; k++) {
            kept[2 * k] = xy[2 * index[k]];
            kept[2 * k + 1] = xy[2 * index[k] + 1];
        }
        return new PointSet(name, kept);
    }

    /** This set with more points appended. */
    public PointSet plus(float[] moreXy) {
        float[] joined = Arrays.copyOf(xy, xy.length + moreXy.length);
        System.arraycopy(moreXy, 0, joined, xy.length, moreXy.length);
        return new PointSet(name, joined);
    }

    /** This set without the points within {@code radius} of (x, y): the canvas's eraser. */
    public PointSet erase(double x, double y, double radius) {
        float[] kept = new float[xy.length];
        int n = 0;
        double r2 = radius * radius;
        for (int i = 0; i < xy.length; i += 2) {
            double dx = xy[i] - x;
            double dy = xy[i + 1] - y;
            if (dx * dx + dy * dy > r2) {
                kept[n++] = xy[i];
                kept[n++] = xy[i + 1];
            }
        }
        return n == xy.length ? this : new PointSet(name, Arrays.copyOf(kept, n));
    }

    /** The same points under another name. */
    public PointSet named(String newName) {
        return new PointSet(newName, xy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointSet p && p.name.equals(name) && Arrays.equals(p.xy, xy);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return name + " (" + size() + " points)";
    }
}
