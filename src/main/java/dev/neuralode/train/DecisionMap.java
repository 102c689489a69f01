package dev.neuralode.train;

/**
 * A classifier's {@code P(class 1)} on an n x n grid over {@code [xMin, xMax] x [yMin, yMax]}, at the
 * cell centres, row-major with y in rows: {@code probability[iy * n + ix]}. TensorFlow Playground's
 * background: the decision boundary is where it crosses 1/2.
 */
public record DecisionMap(double xMin, double xMax, double yMin, double yMax, int n, double[] probability) {

    public double x(int ix) {
        return xMin + (ix + 0.5) * (xMax - xMin) / n;
    }

    public double y(int iy) {
        return yMin + (iy + 0.5) * (yMax - yMin) / n;
    }
}
