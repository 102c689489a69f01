package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import org.junit.jupiter.api.Test;

/** Every typed failure: raised, with the time where it happened and a message that names the fix. */
class SolverErrorsTest {

    private static final Tensor Y0 = Tensor.fromRows(new double[][] {{1.0}, {2.0}}, DType.FLOAT64);
    private static final TensorDynamics DECAY = (t, y) -> y.neg();

    @Test
    void nonMonotoneTimeGrid() {
        InvalidTimeGridException e = assertThrows(InvalidTimeGridException.class, () -> TimeGrid.of(0, 1, 0.5, 2));
        assertEquals(0.5, e.time());
        assertTrue(e.getMessage().contains("t[2]=0.5 follows t[1]=1.0"), e.getMessage());
        assertTrue(e.getMessage().contains("sort the times and remove duplicates"), e.getMessage());
        assertThrows(InvalidTimeGridException.class, () -> TimeGrid.of(1, 0, 0));
        assertThrows(InvalidTimeGridException.class, () -> Odeint.defaults().solve(DECAY, Y0, 0, Double.NaN));
    }

    @Test
    void unknownMethodListsTheValidOnes() {
        UnknownMethodException e = assertThrows(UnknownMethodException.class, () -> Odeint.with("dopri7"));
        assertTrue(e.getMessage().startsWith("unknown ODE method 'dopri7'; valid methods are dopri8, dopri5, tsit5"),
                e.getMessage());
        assertTrue(e.getMessage().contains("implicit_adams"), e.getMessage());
        assertTrue(Double.isNaN(e.time()));
        assertEquals(Methods.DOPRI5, Methods.byName(" DOPRI5 "));
    }

    @Test
    void adaptiveControllerWithAMethodWithoutErrorEstimate() {
        MissingErrorEstimateException e = assertThrows(MissingErrorEstimateException.class,
                () -> Odeint.with("euler").controller(IntegralController.DEFAULT).solve(DECAY, Y0, 0, 1));
        assertEquals("Euler has no error estimate: use a fixed step or an embedded solver such as dopri5", e.getMessage());
        assertThrows(MissingErrorEstimateException.class,
                () -> Odeint.with(Methods.IMPLICIT_ADAMS).controller(PidController.DEFAULT).solve(DECAY, Y0, 0, 1));
    }

    @Test
    void nanInTheInitialState() {
        Tensor bad = Tensor.fromRows(new double[][] {{1.0}, {Double.NaN}}, DType.FLOAT64);
        NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
                () -> Odeint.defaults().solve(DECAY, bad, 0.25, 1));
        assertEquals(NonFiniteValueException.Where.STATE, e.where());
        assertEquals(0.25, e.time());
        assertTrue(e.getMessage().contains("use float64"), e.getMessage());
    }

    @Test
    void nanInTheDerivativeNamesItsTime() {
        // sqrt of a negative number: NaN (ND4J replaces a NaN scalar factor by 1e-5, so y.mul(NaN) would not do).
        TensorDynamics breaksAfterHalf = (t, y) -> t > 0.5 ? y.neg().sqrt() : y.neg();
        for (Odeint solver : new Odeint[] {Odeint.defaults(), Odeint.with("rk4").controller(FixedStep.of(0.1))}) {
            NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
                    () -> solver.solve(breaksAfterHalf, Y0, 0, 1));
            assertEquals(NonFiniteValueException.Where.DERIVATIVE, e.where());
            assertTrue(e.time() > 0.5 && e.time() <= 1.0, "time " + e.time());
            assertTrue(e.getMessage().contains("the derivative f(t, y) contains NaN or infinity at t="), e.getMessage());
        }
    }

    @Test
    void stepSizeUnderflowAtABlowUp() {
        // y' = y^2, y(0) = 1 blows up at t = 1: steps shrink until t + dt == t.
        StepSizeUnderflowException e = assertThrows(StepSizeUnderflowException.class,
                () -> Odeint.defaults().tolerances(1e-6, 1e-6).solve((t, y) -> y.square(),
                        Tensor.ones(DType.FLOAT64, 1, 1), 0, 2));
        assertEquals(1.0, e.time(), 1e-6);
        assertTrue(e.getMessage().contains("loosen the tolerances"), e.getMessage());
        assertTrue(e.getMessage().contains("regularise"), e.getMessage());
        assertTrue(e.getMessage().contains("fixed step"), e.getMessage());
    }

    @Test
    void stepSizeUnderflowAtTheMinimumStep() {
        StepSizeUnderflowException e = assertThrows(StepSizeUnderflowException.class,
                () -> Odeint.defaults().tolerances(1e-10, 1e-10).options(StepOptions.DEFAULT.withMinStep(0.2))
                        .solve((t, y) -> y.square(), Tensor.ones(DType.FLOAT64, 1, 1), 0, 0.9));
        assertEquals(0.2, e.stepSize(), 1e-12);
        assertTrue(e.getMessage().contains("minimum step"), e.getMessage());
    }

    @Test
    void maxStepsExceeded() {
        TooManyStepsException e = assertThrows(TooManyStepsException.class,
                () -> Odeint.defaults().options(StepOptions.DEFAULT.withMaxSteps(5)).solve(DECAY, Y0, 0, 10));
        assertEquals(5, e.maxSteps());
        assertTrue(e.time() > 0 && e.time() < 10, "time " + e.time());
        assertTrue(e.getMessage().startsWith("the solver reached its limit of 5 steps at t="), e.getMessage());
        assertTrue(e.getMessage().contains("allow more steps, loosen the tolerances") && !e.getMessage().contains("StepOptions"),
                "the fix, in words a user of the window or the command line can act on: " + e.getMessage());
        assertThrows(TooManyStepsException.class, () -> Odeint.with("euler").controller(FixedStep.of(1e-3))
                .options(StepOptions.DEFAULT.withMaxSteps(100)).solve(DECAY, Y0, 0, 1));
    }

    @Test
    void invalidArgumentsNameTheValueAndTheFix() {
        IllegalArgumentException rtol = assertThrows(IllegalArgumentException.class, () -> Tolerances.of(-1e-3, 1e-6));
        assertEquals("rtol must be a finite number >= 0, was -0.001", rtol.getMessage());
        IllegalArgumentException parts = assertThrows(IllegalArgumentException.class,
                () -> Odeint.defaults().tolerances(Tolerances.perPart(new double[] {1e-3, 1e-3}, new double[] {1e-6, 1e-6}))
                        .solve(DECAY, Y0, 0, 1));
        assertTrue(parts.getMessage().contains("2 parts but the state has 1"), parts.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Odeint.defaults().solve((t, y) -> y.sum(), Y0, 0, 1));
        assertTrue(shape.getMessage().contains("must return a derivative with the shapes and dtype of y"),
                shape.getMessage());
        IllegalArgumentException adams = assertThrows(IllegalArgumentException.class,
                () -> Odeint.with("explicit_adams").solve(DECAY, Y0, 0, 0.1, 0.3));
        assertTrue(adams.getMessage().contains("use FixedStep.of(h)"), adams.getMessage());
        // The check that the solver refuses float16 states is gone: DType has only float32 and float64.
    }
}
