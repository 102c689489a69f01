package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The controllers' formulas and the step options: first/min/max step, step and jump times, observers. */
class StepControlTest {

    private static final TensorDynamics DECAY = (t, y) -> y.neg();
    private static final Tensor Y0 = Tensor.fromRows(new double[][] {{1.0}, {2.0}}, DType.FLOAT64);

    @Test
    void integralControllerIsTorchdiffeqs() {
        AdaptiveController.Loop loop = IntegralController.DEFAULT.start(5);
        assertTrue(loop.accept(1.0));
        assertFalse(loop.accept(1.0001));
        assertEquals(1.0, loop.nextStep(0.1, 0, true) / 1.0, 1e-15);
        assertEquals(0.1 * 0.9 / Math.pow(0.5, 0.2), loop.nextStep(0.1, 0.5, true), 1e-15);
        // An accepted step never shrinks the next; a rejected one shrinks it at most fivefold.
        assertEquals(0.1, loop.nextStep(0.1, 0.99, true), 1e-15);
        assertEquals(0.02, loop.nextStep(0.1, 1e6, false), 1e-15);
        assertEquals(0.1 * 0.9 / Math.pow(2, 0.2), loop.nextStep(0.1, 2, false), 1e-15);
        assertEquals(1.0, loop.nextStep(0.1, 1e-12, true), 1e-15);
    }

    @Test
    void pidControllerFollowsDiffrax() {
        AdaptiveController.Loop integral = PidController.DEFAULT.start(5);
        assertEquals(0.1 * 0.9 * Math.pow(2, 0.2), integral.nextStep(0.1, 0.5, true), 1e-15);
        assertFalse(integral.accept(1.0));
        // After a rejection the step shrinks, by at most factorMin.
        assertEquals(0.1 * 0.9 * Math.pow(1.01, -0.2), integral.nextStep(0.1, 1.01, false), 1e-15);
        assertEquals(0.02, integral.nextStep(0.1, 1e6, false), 1e-15);
        AdaptiveController.Loop pi = PidController.pi().start(5);
        double first = pi.nextStep(0.1, 0.01, true);
        assertEquals(0.1 * 0.9 * Math.pow(100, 0.6 / 5), first, 1e-15);
        // The proportional part damps growth after a previous small error.
        double second = pi.nextStep(first, 0.01, true);
        assertEquals(first * 0.9 * Math.pow(100, 0.6 / 5) * Math.pow(100, -0.3 / 5), second, 1e-15);
    }

    @Test
    void pidControlledSolveMeetsItsTolerance() {
        TestProblems.Problem p = TestProblems.linearSystem();
        Solution s = Odeint.with(Methods.DOPRI5).controller(PidController.pi()).tolerances(1e-8, 1e-8)
                .solve(p.f(), p.exactTensor(0, DType.FLOAT64), 0, 3);
        assertTrue(TestProblems.maxError(s.tensor(1), p.exact().apply(3)) < 1e-6);
        assertTrue(s.stats().nfe() > 0);
    }

    @Test
    void firstMinAndMaxStepAreHonoured() {
        Solution s = Odeint.defaults().tolerances(1e-3, 1e-3)
                .options(StepOptions.DEFAULT.withFirstStep(0.01).withMaxStep(0.25)).solve(DECAY, Y0, 0, 3);
        List<StepRecord> steps = s.stats().steps();
        assertEquals(0.01, steps.get(0).dt());
        assertTrue(steps.stream().allMatch(r -> r.dt() <= 0.25));
        // With a given first step the initial selection is skipped: 1 + 6 evaluations per step.
        assertEquals(1 + 6 * s.stats().attemptedSteps(), s.stats().nfe());
    }

    @Test
    void stepTimesAreSteppedToExactly() {
        Solution s = Odeint.defaults().tolerances(1e-4, 1e-4).options(StepOptions.DEFAULT.withStepT(0.3, 1.7, 5.0))
                .solve(DECAY, Y0, 0, 2);
        List<Double> ends = new ArrayList<>();
        for (StepRecord r : s.stats().steps()) {
            if (r.accepted()) {
                ends.add(r.t() + r.dt());
            }
        }
        assertTrue(ends.contains(0.3), ends.toString());
        assertTrue(ends.contains(1.7), ends.toString());
    }

    @Test
    void jumpTimesRestartTheDerivativeOnTheFarSide() {
        // dy/dt = 1 before t = 0.5 and -1 after: y(1) = y(0), and the kink is stepped to exactly.
        TensorDynamics switching = (t, y) -> Tensor.full(t < 0.5 ? 1 : -1, y.dtype(), y.shape());
        Solution withJump = Odeint.defaults().tolerances(1e-8, 1e-8).options(StepOptions.DEFAULT.withJumpT(0.5))
                .solve(switching, Y0, 0, 0.75, 1);
        assertEquals(1.0, withJump.tensor(2).toDoubleArray()[0], 1e-12);
        assertEquals(1.25, withJump.tensor(1).toDoubleArray()[0], 1e-12);
        Solution without = Odeint.defaults().tolerances(1e-8, 1e-8).solve(switching, Y0, 0, 1);
        assertTrue(without.stats().nfe() > withJump.stats().nfe(), without.stats() + " vs " + withJump.stats());
        Solution backward = Odeint.defaults().tolerances(1e-8, 1e-8).options(StepOptions.DEFAULT.withJumpT(0.5))
                .solve(switching, Y0, 1, 0);
        assertEquals(1.0, backward.tensor(1).toDoubleArray()[0], 1e-12);
    }

    @Test
    void theObserverSeesEveryAttemptedStep() {
        List<StepRecord> seen = new ArrayList<>();
        List<State> states = new ArrayList<>();
        Solution s = Odeint.defaults().tolerances(1e-6, 1e-6).observer((step, y) -> {
            seen.add(step);
            states.add(y);
        }).solve(DECAY, Y0, 0, 2);
        assertEquals(s.stats().steps(), seen);
        assertSame(states.get(states.size() - 1).single(), lastAcceptedState(s, states, seen));
        double tEnd = seen.get(seen.size() - 1).t() + seen.get(seen.size() - 1).dt();
        assertEquals(Math.exp(-tEnd), states.get(states.size() - 1).single().toDoubleArray()[0], 1e-6);
    }

    private static Tensor lastAcceptedState(Solution s, List<State> states, List<StepRecord> seen) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).accepted()) {
                return states.get(i).single();
            }
        }
        return s.tensor(0);
    }

    @Test
    void defaultControllersFollowTheMethod() {
        assertEquals(IntegralController.DEFAULT, Odeint.defaults().controller());
        assertTrue(Odeint.with("rk4").controller() instanceof FixedStep f && f.isAtOutputTimes());
        // A fixed method steps between output times by default, as torchdiffeq does.
        Solution s = Odeint.with("rk4").solve(DECAY, Y0, 0, 0.1, 0.2);
        assertEquals(2, s.stats().attemptedSteps());
        assertEquals(8, s.stats().nfe());
    }
}
