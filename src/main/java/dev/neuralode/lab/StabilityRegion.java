package dev.neuralode.lab;

import dev.neuralode.ode.ButcherTableau;
import dev.neuralode.ode.Method;
import dev.neuralode.ode.RungeKuttaMethod;
import java.util.Optional;

/**
 * The linear stability region of an explicit Runge-Kutta method: the set of complex {@code z = h lambda}
 * for which one step applied to the test equation {@code y' = lambda y} does not grow the solution,
 * {@code |R(z)| <= 1}, with the stability function
 *
 * <pre>
 *   R(z) = 1 + z b^T (I - z A)^{-1} 1
 * </pre>
 *
 * (Hairer and Wanner, Solving Ordinary Differential Equations II, 2nd ed., section IV.2).
 * {@code A} is strictly lower triangular for an explicit method, so {@code g = (I - z A)^{-1} 1} follows by
 * forward substitution, {@code g_i = 1 + z sum_{j<i} a_ij g_j}, in complex arithmetic; {@code R} is then a
 * polynomial of degree at most {@code s} (the number of stages).
 *
 * <p>Only the propagated solution ({@code b}) is analysed, not the embedded one: it is the solution the
 * solver continues from.
 */
public final class StabilityRegion {

    /** The spacing of the scan along the negative real axis that brackets the boundary before bisection. */
    static final double SCAN_STEP = 1e-3;

    private final String name;
    private final double[][] a;
    private final double[] b;

    private StabilityRegion(String name, ButcherTableau tableau) {
        this.name = name;
        this.a = tableau.a();
        this.b = tableau.b();
    }

    /**
     * The stability region of {@code method}, or empty for the Adams methods: they have no Butcher tableau,
     * and a multistep method's region comes from the roots of its characteristic polynomial instead
     * (Hairer and Wanner II, section V.1), which the lab does not draw.
     */
    public static Optional<StabilityRegion> of(Method method) {
        return method instanceof RungeKuttaMethod rk ? Optional.of(of(rk.name(), rk.tableau())) : Optional.empty();
    }

    /** The stability region of an explicit tableau, under a name for the window. */
    public static StabilityRegion of(String name, ButcherTableau tableau) {
        return new StabilityRegion(name, tableau);
    }

    /** The method's name. */
    public String name() {
        return name;
    }

    /** The number of stages {@code s}, which bounds the degree of {@code R}. */
    public int stages() {
        return b.length;
    }

    /** {@code R(z)} at {@code z = re + i im}, as {@code {Re R, Im R}}. */
    public double[] value(double re, double im) {
        int s = b.length;
        double[] gr = new double[s];
        double[] gi = new double[s];
        double sumRe = 0;
        double sumIm = 0;
        for (int i = 0; i < s; i++) {
            // u = sum_j a_ij g_j, then g_i = 1 + z u.
            double ur = 0;
            double ui = 0;
            for (int j = 0; j < i; j++) {
                ur += a[i][j] * gr[j];
                ui += a[i][j] * gi[j];
            }
            gr[i] = 1 + re * ur - im * ui;
            gi[i] = re * ui + im * ur;
            sumRe += b[i] * gr[i];
            sumIm += b[i] * gi[i];
        }
        return new double[] {1 + re * sumRe - im * sumIm, re * sumIm + im * sumRe};
    }

    /** {@code |R(z)|} at {@code z = re + i im}: the step is stable where this is at most 1. */
    public double modulus(double re, double im) {
        double[] r = value(re, im);
        return Math.hypot(r[0], r[1]);
    }

    /**
     * {@code |R|} on an evenly spaced grid for drawing: {@code sample[j][i]} is the modulus at
     * {@code re = reMin + i (reMax - reMin) / (nx - 1)}, {@code im = imMin + j (imMax - imMin) / (ny - 1)};
     * rows go up the imaginary axis, columns along the real axis, both ends included.
     *
     * @throws IllegalArgumentException when the ranges are empty or fewer than two points per axis are asked for
     */
    public double[][] sample(double reMin, double reMax, double imMin, double imMax, int nx, int ny) {
        if (nx < 2 || ny < 2 || !(reMax > reMin) || !(imMax > imMin)) {
            throw new IllegalArgumentException("a stability grid needs at least 2 points per axis and non-empty ranges, was "
                    + nx + " x " + ny + " over [" + reMin + ", " + reMax + "] x [" + imMin + ", " + imMax + "]");
        }
        double[][] out = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            double im = imMin + j * (imMax - imMin) / (ny - 1);
            for (int i = 0; i < nx; i++) {
                out[j][i] = modulus(reMin + i * (reMax - reMin) / (nx - 1), im);
            }
        }
        return out;
    }

    /**
     * Where the boundary of the region first crosses the negative real axis going left from the origin: the
     * end {@code x* < 0} of the interval {@code (x*, 0)} on which {@code |R(x)| <= 1}. It is -2 for explicit
     * Euler and the midpoint rule, about -2.785 for every four-stage fourth-order method, -3.3066 for
     * dopri5 (Hairer and Wanner II, IV.2 draws these regions).
     *
     * <p>Every consistent method has {@code R(x) = 1 + x + O(x^2)}, so {@code |R| < 1} just left of the origin
     * even though the origin itself lies on the boundary ({@code R(0) = 1}); the search therefore starts one
     * scan step to the left of 0, walks left in steps of {@value #SCAN_STEP} until {@code |R| > 1}, and bisects
     * the bracket to rounding. A nonconstant polynomial of degree {@code s} with {@code R = 1 + x + ...} stays
     * within the unit disc on no real interval longer than {@code 2 s^2} (the shifted Chebyshev polynomial is
     * the extreme case; Hairer and Wanner II, IV.2, "stabilized explicit methods"), so the walk ends within
     * {@code 2 s^2} of the origin. A stable interval narrower than the scan step beyond a first exit is not
     * seen; the first exit is what is reported.
     */
    public double negativeRealBoundary() {
        double limit = -2.0 * stages() * stages() - 1;
        // The tableau checks sum b = 1, so R(x) = 1 + x + O(x^2) and this first point is inside.
        double inside = -SCAN_STEP;
        double outside = inside - SCAN_STEP;
        while (modulus(outside, 0) <= 1) {
            inside = outside;
            outside -= SCAN_STEP;
            if (outside < limit) {
                throw new IllegalStateException(name + ": |R(x)| <= 1 down to x = " + limit + ", beyond the 2 s^2 bound of a"
                        + " consistent method");
            }
        }
        // Bisection keeps |R(inside)| <= 1 < |R(outside)|.
        while (inside - outside > 1e-14 * Math.max(1, -outside)) {
            double mid = 0.5 * (inside + outside);
            if (modulus(mid, 0) <= 1) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return 0.5 * (inside + outside);
    }
}
