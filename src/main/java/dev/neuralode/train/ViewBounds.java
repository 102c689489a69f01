package dev.neuralode.train;

import dev.neuralode.data.PointSet;

/** The square region views show around a dataset. */
public final class ViewBounds {

    private ViewBounds() {
    }

    /** {@code [xMin, xMax, yMin, yMax]}: a square around the points with a quarter of their extent as margin. */
    public static double[] around(PointSet points) {
        double[] b = points.bounds();
        double cx = 0.5 * (b[0] + b[2]);
        double cy = 0.5 * (b[1] + b[3]);
        double half = 0.5 * Math.max(b[2] - b[0], b[3] - b[1]) * 1.25 + 1e-3;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }
}
