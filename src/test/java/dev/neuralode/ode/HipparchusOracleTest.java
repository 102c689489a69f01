package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent oracle: Hipparchus's DOP853 at tolerance 1e-13 on the Van der Pol oscillator
 * {@code x'' = mu (1 - x^2) x' - x}, a nonlinear problem without a closed-form solution, forward to
 * t = 4 and back again (backwards the limit cycle repels, so both solvers start from the same state
 * and the comparison includes that amplification).
 */
class HipparchusOracleTest {

    private static final double MU = 1.5;
    private static final double[][] Y0 = {{2.0, 0.0}, {0.5, -1.0}, {-1.0, 2.0}};
    private static final double[] TIMES = {0, 1.3, 2.5, 4};

    static List<Object[]> methods() {
        return List.of(new Object[] {"dopri5", 1e-9, 1e-6}, new Object[] {"tsit5", 1e-9, 1e-6},
                new Object[] {"dopri8", 1e-11, 1e-8}, new Object[] {"bosh3", 1e-7, 1e-4});
    }

    private static Tensor vanDerPol(double t, Tensor y) {
        Tensor x = y.slice(1, 0, 1);
        Tensor v = y.slice(1, 1, 2);
        return Tensor.concat(1, v, x.square().rsub(1).mul(v).mul(MU).sub(x));
    }

    /** The states at t from the states y at t0, by Hipparchus. */
    private static double[][] oracle(double t0, double[][] y, double t) {
        DormandPrince853Integrator dop853 = new DormandPrince853Integrator(1e-12, 10, 1e-13, 1e-13);
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double time, double[] v) {
                return new double[] {v[1], MU * (1 - v[0] * v[0]) * v[1] - v[0]};
            }
        };
        double[][] out = new double[y.length][];
        for (int b = 0; b < y.length; b++) {
            out[b] = t == t0 ? y[b].clone() : dop853.integrate(ode, new ODEState(t0, y[b]), t).getPrimaryState();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void agreesWithHipparchusForwardAndBackward(String method, double tol, double allowed) {
        Odeint solver = Odeint.with(method).tolerances(tol, tol);
        Solution forward = solver.solve(HipparchusOracleTest::vanDerPol, Tensor.fromRows(Y0, DType.FLOAT64), TIMES);
        for (int i = 0; i < TIMES.length; i++) {
            double error = TestProblems.maxError(forward.tensor(i), oracle(0, Y0, TIMES[i]));
            assertTrue(error < allowed, method + " at t=" + TIMES[i] + ": " + error);
        }
        double[][] end = oracle(0, Y0, 4);
        double[] back = {4, 2.5, 0};
        Solution backward = solver.solve(HipparchusOracleTest::vanDerPol, Tensor.fromRows(end, DType.FLOAT64), back);
        for (int i = 0; i < back.length; i++) {
            double error = TestProblems.maxError(backward.tensor(i), oracle(4, end, back[i]));
            // Backwards, errors made near t = 4 grow on the way to 0 (about tenfold here).
            assertTrue(error < 10 * allowed, method + " backward at t=" + back[i] + ": " + error);
        }
    }
}
