package dev.neuralode.train;

import java.util.Arrays;

/**
 * A curve through time, {@code t -> (x, y)}, as a polyline with strictly increasing times: a
 * spiral's noise-free trajectory, or for a series without one, the polyline through its own
 * observations.
 *
 * <p>{@link #timeNear} answers "which time does this point of the plane belong to?" for a click on
 * the data view: the point is projected onto the nearest segment of the polyline and the time is
 * interpolated linearly along that segment. Clicking on the curve so gives the time at which the
 * curve passes there, not just the nearest of its sample times, so new observations rarely
 * collide with existing ones.
 *
 * <p>The arrays are copied in; the accessors hand out the record's own arrays (views draw from
 * them every frame), which callers must not change.
 */
public record GroundTruth(double[] t, double[] x, double[] y) {

    public GroundTruth {
        if (t.length == 0 || x.length != t.length || y.length != t.length) {
            throw new IllegalArgumentException("a curve needs at least one point and as many x and y as times, had "
                    + t.length + ", " + x.length + ", " + y.length);
        }
        for (int i = 1; i < t.length; i++) {
            if (!(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("curve times must increase strictly, but t[" + i + "] = " + t[i]
                        + " follows " + t[i - 1]);
            }
        }
        t = t.clone();
        x = x.clone();
        y = y.clone();
    }

    public int size() {
        return t.length;
    }

    public double start() {
        return t[0];
    }

    public double end() {
        return t[t.length - 1];
    }

    /** The time of the curve point nearest to (px, py), interpolated along the nearest segment. */
    public double timeNear(double px, double py) {
        if (t.length == 1) {
            return t[0];
        }
        double best = Double.POSITIVE_INFINITY;
        double time = t[0];
        for (int i = 0; i + 1 < t.length; i++) {
            double dx = x[i + 1] - x[i];
            double dy = y[i + 1] - y[i];
            double length2 = dx * dx + dy * dy;
            double u = length2 == 0 ? 0 : ((px - x[i]) * dx + (py - y[i]) * dy) / length2;
            u = Math.max(0, Math.min(1, u));
            double ex = x[i] + u * dx - px;
            double ey = y[i] + u * dy - py;
            double d2 = ex * ex + ey * ey;
            if (d2 < best) {
                best = d2;
                time = t[i] + u * (t[i + 1] - t[i]);
            }
        }
        return time;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroundTruth g && Arrays.equals(g.t, t) && Arrays.equals(g.x, x) && Arrays.equals(g.y, y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(t) + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "curve of " + t.length + " points over [" + start() + ", " + end() + "]";
    }
}
