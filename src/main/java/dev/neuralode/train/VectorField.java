package dev.neuralode.train;

/**
 * The flow's velocity {@code dz/ds} (from the base towards the data) at normalised time s on an
 * n x n grid of cell centres, row-major with y in rows: {@code (u, v)} at {@code [iy * n + ix]}.
 */
public record VectorField(double s, double xMin, double xMax, double yMin, double yMax, int n, float[] u, float[] v) {
}
