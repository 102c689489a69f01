package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method on problems with known solutions (a right-hand side polynomial in t, a linear system
 * against the matrix exponential, a sine, exponential growth), in float32 and float64, forward and
 * backward in time, with output times that fall inside steps.
 */
class ExactSolutionTest {

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Method m : Methods.all()) {
            for (TestProblems.Problem p : List.of(TestProblems.polynomial(), TestProblems.linearSystem(),
                    TestProblems.sine(), TestProblems.exponentialGrowth())) {
                for (DType dtype : List.of(DType.FLOAT32, DType.FLOAT64)) {
                    cases.add(Arguments.of(m.name(), p, dtype));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void forwardAndReverseTimeMatchTheExactSolution(String method, TestProblems.Problem p, DType dtype) {
        double[] forward = {0.0, 0.3, 0.55, 1.2};
        double[] backward = {1.2, 0.7, 0.35, 0.0};
        check(method, p, dtype, forward);
        check(method, p, dtype, backward);
    }

    private static void check(String method, TestProblems.Problem p, DType dtype, double[] times) {
        Method m = Methods.byName(method);
        boolean float32 = dtype == DType.FLOAT32;
        Odeint solver = Odeint.with(m);
        double allowed;
        if (m.hasErrorEstimate()) {
            // Low-order methods need many steps for a tight tolerance, so they get looser ones. The
            // global error exceeds the local tolerance, and by much for fehlberg2, whose estimate
            // h/512 (k3 - k1) belongs to a first-order formula that is nearly second order.
            double tol = Math.max(Math.pow(10, -(m.order() + 3)), float32 ? 1e-6 : 1e-9);
            solver = solver.tolerances(tol, tol);
            allowed = (m.order() <= 2 ? 3000 : 300) * tol + (float32 ? 3e-5 : 0);
        } else {
            double h = 0.01;
            solver = solver.controller(FixedStep.of(h).withInterpolation(FixedStep.Interpolation.DENSE));
            allowed = 20 * Math.pow(h, m.order()) + (float32 ? 3e-5 : 0);
        }
        Tensor y0 = p.exactTensor(times[0], dtype);
        Solution s = solver.solve(p.f(), y0, times);
        assertEquals(times.length, s.size());
        for (int i = 0; i < times.length; i++) {
            assertEquals(dtype, s.tensor(i).dtype());
            double error = TestProblems.maxError(s.tensor(i), p.exact().apply(times[i]));
            assertTrue(error < allowed, method + " " + p + " " + dtype + " at t=" + times[i] + " (from " + times[0]
                    + "): error " + error + " > " + allowed);
        }
    }
}
