package dev.neuralode.ode;

/**
 * Dense output of one step: the state at {@code t0 + theta h}, {@code 0 <= theta <= 1}, as a linear
 * combination of what the step computed,
 *
 * <pre>
 *   y(t0 + theta h) = w_y0 y0 + w_y1 y1 + h sum_i w_i k_i + h w_f1 f1,
 * </pre>
 *
 * so an output costs one {@code Tensor.combine} per state part. {@code f1} is the derivative at the
 * new state; for a first-same-as-last tableau it is the last stage.
 */
public sealed interface Interpolant permits Interpolant.Linear, Interpolant.CubicHermite, Interpolant.QuarticMidpoint,
        Interpolant.ContinuousExtension, Tsit5Interpolant {

    /** The order of the interpolation error: {@code O(h^(order + 1))} within a step. */
    int order();

    /** Whether the weights use {@code f1}. */
    boolean needsEndDerivative();

    /**
     * Writes the weights for {@code theta} into {@code w}: {@code w[0]} for y0, {@code w[1]} for
     * y1, {@code w[2 + i]} for {@code h k_i} (i below {@code stages}), {@code w[2 + stages]} for
     * {@code h f1}. Every entry is written.
     */
    void weights(double theta, int stages, double[] w);

    /** Straight line between y0 and y1 (torchdiffeq's default for fixed grids). First order. */
    record Linear() implements Interpolant {
        @Override
        public int order() {
            return 1;
        }

        @Override
        public boolean needsEndDerivative() {
            return false;
        }

        @Override
        public void weights(double x, int stages, double[] w) {
            java.util.Arrays.fill(w, 0.0);
            w[0] = 1 - x;
            w[1] = x;
        }
    }

    /** The cubic Hermite polynomial through y0, y1 with slopes f0 = k_1 and f1. Third order. */
    record CubicHermite() implements Interpolant {
        @Override
        public int order() {
            return 3;
        }

        @Override
        public boolean needsEndDerivative() {
            return true;
        }

        @Override
        public void weights(double x, int stages, double[] w) {
            java.util.Arrays.fill(w, 0.0);
            double x2 = x * x;
            double x3 = x2 * x;
            w[0] = 2 * x3 - 3 * x2 + 1;
            w[1] = 3 * x2 - 2 * x3;
            w[2] = x3 - 2 * x2 + x;
            w[2 + stages] = x3 - x2;
        }
    }

    /**
     * torchdiffeq's fourth-order dense output: the quartic through y0 and y1 with slopes f0 and f1
     * that also passes through an estimate of the midpoint state {@code y_mid = y0 + h sum_i m_i k_i}
     * (for Dormand-Prince 5, Shampine's coefficients). In the monomial basis of {@code x = theta}:
     *
     * <pre>
     *   y(x) = (1 - 11x^2 + 18x^3 - 8x^4) y0 + (-5x^2 + 14x^3 - 8x^4) y1 + 16x^2 (1 - x)^2 y_mid
     *        + (x - 4x^2 + 5x^3 - 2x^4) h f0 + (x^2 - 3x^3 + 2x^4) h f1.
     * </pre>
     *
     * @param midpoint the coefficients {@code m_i}, one per stage
     */
    record QuarticMidpoint(double[] midpoint) implements Interpolant {

        public QuarticMidpoint {
            midpoint = midpoint.clone();
        }

        @Override
        public int order() {
            return 4;
        }

        @Override
        public boolean needsEndDerivative() {
            return true;
        }

        @Override
        public void weights(double x, int stages, double[] w) {
            if (midpoint.length != stages) {
                throw new IllegalArgumentException("midpoint coefficients for " + midpoint.length + " stages, tableau has "
                        + stages);
            }
            double x2 = x * x;
            double x3 = x2 * x;
            double x4 = x3 * x;
            double mid = 16 * x2 * (1 - x) * (1 - x);
            w[0] = 1 - 11 * x2 + 18 * x3 - 8 * x4 + mid;
            w[1] = -5 * x2 + 14 * x3 - 8 * x4;
            for (int i = 0; i < stages; i++) {
                w[2 + i] = mid * midpoint[i];
            }
            w[2] += x - 4 * x2 + 5 * x3 - 2 * x4;
            w[2 + stages] = x2 - 3 * x3 + 2 * x4;
        }

        @Override
        public double[] midpoint() {
            return midpoint.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof QuarticMidpoint q && java.util.Arrays.equals(midpoint, q.midpoint);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(midpoint);
        }

        @Override
        public String toString() {
            return "QuarticMidpoint" + java.util.Arrays.toString(midpoint);
        }
    }

    /**
     * A continuous extension {@code y(t0 + x h) = y0 + h sum_i x P_i(x) k_i} with polynomials {@code P_i}
     * given by their coefficients, highest power first (an empty row for a stage with weight zero).
     *
     * @param polynomials one row per stage
     * @param order the order of the interpolation error
     */
    record ContinuousExtension(double[][] polynomials, int order) implements Interpolant {

        public ContinuousExtension {
            polynomials = java.util.Arrays.stream(polynomials).map(double[]::clone).toArray(double[][]::new);
        }

        @Override
        public boolean needsEndDerivative() {
            return false;
        }

        @Override
        public void weights(double x, int stages, double[] w) {
            if (polynomials.length != stages) {
                throw new IllegalArgumentException("continuous extension for " + polynomials.length + " stages, tableau has "
                        + stages);
            }
            java.util.Arrays.fill(w, 0.0);
            w[0] = 1;
            for (int i = 0; i < stages; i++) {
                double p = 0;
                for (double coefficient : polynomials[i]) {
                    p = p * x + coefficient;
                }
                w[2 + i] = x * p;
            }
        }

        @Override
        public double[][] polynomials() {
            return java.util.Arrays.stream(polynomials).map(double[]::clone).toArray(double[][]::new);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ContinuousExtension e && order == e.order
                    && java.util.Arrays.deepEquals(polynomials, e.polynomials);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.deepHashCode(polynomials) * 31 + order;
        }

        @Override
        public String toString() {
            return "ContinuousExtension[stages=" + polynomials.length + ", order=" + order + "]";
        }
    }
}
