package dev.neuralode.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import org.junit.jupiter.api.Test;

class StabilityRegionTest {

    private static StabilityRegion region(Method m) {
        return StabilityRegion.of(m).orElseThrow();
    }

    @Test
    void theNegativeRealBoundariesAreTheKnownOnes() {
        // Euler: |1 + x| = 1 at x = -2. Midpoint: 1 + x + x^2/2 = 1 at x = -2.
        assertEquals(-2, region(Methods.EULER).negativeRealBoundary(), 1e-9);
        assertEquals(-2, region(Methods.MIDPOINT).negativeRealBoundary(), 1e-9);
        // Every four-stage fourth-order method (torchdiffeq's rk4 is the 3/8 rule) has
        // R = 1 + x + x^2/2 + x^3/6 + x^4/24, which leaves the unit disc at -2.7853 (Hairer-Wanner II, IV.2).
        assertEquals(-2.785, region(Methods.RK4).negativeRealBoundary(), 1e-3);
        // dopri5: R = 1 + x + ... + x^5/120 + x^6/600, leaving at -3.3066.
        assertEquals(-3.3066, region(Methods.DOPRI5).negativeRealBoundary(), 1e-3);
        // bosh3: R = 1 + x + x^2/2 + x^3/6 leaves at -2.5127.
        assertEquals(-2.5127, region(Methods.BOSH3).negativeRealBoundary(), 1e-3);
    }

    @Test
    void theStabilityFunctionFromTheTableauIsTheKnownPolynomial() {
        // At a complex point off the axes, the tableau's R(z) must equal dopri5's polynomial
        // 1 + z + z^2/2 + z^3/6 + z^4/24 + z^5/120 + z^6/600 (Hairer-Wanner II, IV.2).
        double re = -1.3;
        double im = 2.1;
        double[] coefficients = {1, 1, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 600};
        double pr = 0;
        double pi = 0;
        // Horner's rule in complex arithmetic.
        for (int k = coefficients.length - 1; k >= 0; k--) {
            double nr = pr * re - pi * im + coefficients[k];
            pi = pr * im + pi * re;
            pr = nr;
        }
        double[] r = region(Methods.DOPRI5).value(re, im);
        assertEquals(pr, r[0], 1e-12);
        assertEquals(pi, r[1], 1e-12);
        assertEquals(Math.hypot(pr, pi), region(Methods.DOPRI5).modulus(re, im), 1e-12);
    }

    @Test
    void theSampledGridRunsAlongTheRealAxisInColumnsAndUpTheImaginaryAxisInRows() {
        StabilityRegion euler = region(Methods.EULER);
        double[][] grid = euler.sample(-4, 0, -1, 1, 5, 3);
        assertEquals(3, grid.length);
        assertEquals(5, grid[0].length);
        // Euler: |R(z)| = |1 + z|; column 2 is re = -2, row 0 is im = -1.
        assertEquals(Math.hypot(-1, -1), grid[0][2], 1e-15);
        assertEquals(1, grid[1][2], 1e-15);
        assertEquals(1, grid[1][4], 1e-15);
        assertEquals(3, grid[1][0], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> euler.sample(0, -1, -1, 1, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> euler.sample(-1, 0, -1, 1, 1, 5));
    }

    @Test
    void theAdamsMethodsHaveNoTableauAndSoNoRegionHere() {
        assertTrue(StabilityRegion.of(Methods.EXPLICIT_ADAMS).isEmpty());
        assertTrue(StabilityRegion.of(Methods.IMPLICIT_ADAMS).isEmpty());
        assertTrue(Methods.all().stream().filter(m -> !m.name().contains("adams"))
                .allMatch(m -> StabilityRegion.of(m).isPresent()));
    }

    @Test
    void theHigherOrderRegionsReachFurtherLeftAndInsideIsStable() {
        StabilityRegion dopri8 = region(Methods.DOPRI8);
        double x = dopri8.negativeRealBoundary();
        assertTrue(x < -3.5 && x > -2.0 * 13 * 13, "dopri8 leaves at " + x);
        assertTrue(dopri8.modulus(x / 2, 0) <= 1 && dopri8.modulus(x - 1e-3, 0) > 1);
    }
}
