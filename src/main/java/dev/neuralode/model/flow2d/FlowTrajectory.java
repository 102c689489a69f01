package dev.neuralode.model.flow2d;

/**
 * Points carried by a classifier's map: {@code states[k]} holds every point's state at time
 * {@code times[k]} (0 is the input, 1 what the linear classifier reads), row-major
 * {@code (points, dim)}; for the augmented model {@code dim = 2 + p}, the plane first.
 */
public record FlowTrajectory(double[] times, int points, int dim, double[][] states) {

    /** Coordinate {@code d} of point {@code i} at time index {@code k}. */
    public double coordinate(int k, int i, int d) {
        return states[k][i * dim + d];
    }
}
