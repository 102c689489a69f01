package dev.neuralode.ode;

import java.util.Arrays;

/**
 * An explicit Runge-Kutta method as its Butcher tableau, optionally with an embedded lower-order
 * solution for error control:
 *
 * <pre>
 *   k_i = f(t0 + c_i h, y0 + h sum_{j<i} a_ij k_j)      i = 1..s
 *   y1  = y0 + h sum_i b_i k_i                          (order p)
 *   y1^ = y0 + h sum_i bHat_i k_i                       (order p^, the error estimate is y1 - y1^)
 * </pre>
 *
 * The record checks itself on construction: {@code a} is strictly lower triangular with {@code s}
 * rows, {@code c_i = sum_j a_ij} (the row-sum condition), {@code sum b = 1}, {@code sum bHat = 1},
 * {@code c_1 = 0}. Coefficients given as decimal approximations of irrational numbers (Tsitouras,
 * Prince-Dormand 8) satisfy these to rounding, hence the tolerance of {@value #TOLERANCE}.
 *
 * <p>When the last stage is evaluated at {@code y1} itself ({@code a_s = b}, {@code b_s = 0},
 * {@code c_s = 1}) the method is first-same-as-last: its last derivative is the next step's first.
 *
 * @param c nodes, length s
 * @param a coefficients, s rows; row i holds a_i1..a_i(i-1) (row 1 is empty)
 * @param b weights of the solution, length s
 * @param bHat weights of the embedded solution, length s, or null for a method without error estimate
 * @param order order of the solution
 * @param embeddedOrder order of the embedded solution, or 0 without one
 */
public record ButcherTableau(double[] c, double[][] a, double[] b, double[] bHat, int order, int embeddedOrder) {

    /** Allowed defect in the consistency conditions. */
    public static final double TOLERANCE = 1e-12;

    public ButcherTableau {
        int s = c.length;
        if (s == 0 || a.length != s || b.length != s || bHat != null && bHat.length != s) {
            throw new IllegalArgumentException("tableau shapes disagree: " + s + " nodes, " + a.length + " rows of a, "
                    + b.length + " weights b" + (bHat == null ? "" : ", " + bHat.length + " weights bHat"));
        }
        if (c[0] != 0.0) {
            throw new IllegalArgumentException("explicit tableau: c_1 must be 0, was " + c[0]);
        }
        for (int i = 0; i < s; i++) {
            if (a[i].length != i) {
                throw new IllegalArgumentException("explicit tableau: row " + (i + 1) + " of a must have " + i
                        + " entries (strictly lower triangular), had " + a[i].length);
            }
            double rowSum = sum(a[i]);
            if (Math.abs(rowSum - c[i]) > TOLERANCE) {
                throw new IllegalArgumentException("row-sum condition fails in row " + (i + 1) + ": sum_j a_ij = "
                        + rowSum + " but c_i = " + c[i]);
            }
        }
        if (Math.abs(sum(b) - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException("weights b must sum to 1, sum was " + sum(b));
        }
        if (bHat != null && Math.abs(sum(bHat) - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException("embedded weights bHat must sum to 1, sum was " + sum(bHat));
        }
        if (order < 1 || bHat != null && (embeddedOrder < 1 || embeddedOrder >= order) || bHat == null && embeddedOrder != 0) {
            throw new IllegalArgumentException("orders must satisfy 1 <= embedded < order (embedded 0 without bHat), were "
                    + order + " and " + embeddedOrder);
        }
        c = c.clone();
        a = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
        b = b.clone();
        bHat = bHat == null ? null : bHat.clone();
    }

    /** A tableau without an embedded solution. */
    public static ButcherTableau fixed(double[] c, double[][] a, double[] b, int order) {
        return new ButcherTableau(c, a, b, null, order, 0);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The number of stages s. */
    public int stages() {
        return c.length;
    }

    /** Whether an embedded solution provides an error estimate. */
    public boolean isEmbedded() {
        return bHat != null;
    }

    /** Whether the last stage is the derivative at the new state (first same as last). */
    public boolean isFsal() {
        int s = c.length;
        if (s < 2 || c[s - 1] != 1.0 || b[s - 1] != 0.0) {
            return false;
        }
        for (int j = 0; j < s - 1; j++) {
            if (a[s - 1][j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    /** The error weights {@code b - bHat}: the error estimate is {@code h sum_i e_i k_i}. */
    public double[] errorWeights() {
        if (bHat == null) {
            throw new IllegalStateException("this tableau has no embedded solution");
        }
        double[] e = new double[b.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = b[i] - bHat[i];
        }
        return e;
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    @Override
    public double[][] a() {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public double[] bHat() {
        return bHat == null ? null : bHat.clone();
    }

    double node(int i) {
        return c[i];
    }

    double coefficient(int i, int j) {
        return a[i][j];
    }

    double weight(int i) {
        return b[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ButcherTableau t && Arrays.equals(c, t.c) && Arrays.deepEquals(a, t.a) && Arrays.equals(b, t.b)
                && Arrays.equals(bHat, t.bHat) && order == t.order && embeddedOrder == t.embeddedOrder;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c) * 31 + Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        return "ButcherTableau[stages=" + c.length + ", order=" + order + (bHat == null ? "" : "(" + embeddedOrder + ")")
                + (isFsal() ? ", FSAL" : "") + "]";
    }
}
