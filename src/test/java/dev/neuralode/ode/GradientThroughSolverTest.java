package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation through the solver's operations (what sensitivity's direct method builds on): for
 * {@code y' = a y}, {@code L = sum y(1)} has {@code dL/dy0 = e^a} and {@code dL/da = sum y0 e^a}. Step-size
 * decisions stay off the tape, so recording does not change the steps.
 */
class GradientThroughSolverTest {

    @Test
    void gradientsFlowThroughAdaptiveAndFixedSolves() {
        double a = 0.7;
        for (Odeint solver : List.of(Odeint.defaults().tolerances(1e-10, 1e-10),
                Odeint.with("rk4").controller(FixedStep.of(0.01)))) {
            Tensor y0 = Tensor.fromRows(new double[][] {{1.0}, {-2.0}}, DType.FLOAT64).asVariable();
            Tensor rate = Tensor.scalar(a, DType.FLOAT64).asVariable();
            Solution s = solver.solve((t, y) -> y.mul(rate), y0, 0, 0.4, 1);
            s.tensor(2).sum().backward();
            double[] dy0 = y0.grad().toDoubleArray();
            assertEquals(Math.exp(a), dy0[0], 1e-7);
            assertEquals(Math.exp(a), dy0[1], 1e-7);
            assertEquals(-Math.exp(a), rate.grad().item(), 1e-7);
        }
    }

    @Test
    @SuppressWarnings("try") // the scope object only switches recording off
    void recordingDoesNotChangeTheSteps() {
        Tensor y0 = Tensor.fromRows(new double[][] {{1.0}, {-2.0}}, DType.FLOAT64);
        TestProblems.Problem p = TestProblems.nonlinear();
        Solution recorded = Odeint.defaults().tolerances(1e-6, 1e-6).solve(p.f(), y0.asVariable(), 0, 3);
        Solution plain;
        try (var g = GradMode.disabled()) {
            plain = Odeint.defaults().tolerances(1e-6, 1e-6).solve(p.f(), y0, 0, 3);
        }
        assertEquals(plain.stats().steps(), recorded.stats().steps());
        assertEquals(plain.tensor(1).toDoubleArray()[0], recorded.tensor(1).toDoubleArray()[0], 0);
    }
}
