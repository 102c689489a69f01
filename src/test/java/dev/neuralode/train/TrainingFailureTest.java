package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Adam;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.ode.NonFiniteValueException;
import dev.neuralode.ode.TooManyStepsException;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a failed iteration tells the user: the cause, and the settings to change in the front end's own names. */
class TrainingFailureTest {

    private static final Set<Setting> CNF = Set.of(Setting.values());
    private static final Set<Setting> LR_AND_TOLERANCE = Set.of(Setting.LEARNING_RATE, Setting.TOLERANCE);

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    /** Settings named as the command line names them, to read the slots. */
    private static String flags(Advice a) {
        return a.render(s -> "<" + s.name() + ">");
    }

    @Test
    void aSolverLimitNamesOnlyTheSettingsTheSessionHas() {
        TooManyStepsException limit = new TooManyStepsException(0.5, 10000, "");
        String cnf = flags(TrainingFailure.inSolver(7, limit, CNF).advice());
        assertTrue(cnf.startsWith("iteration 7 failed in the ODE solver: the solver reached its limit of 10000 steps at t=0.5;"), cnf);
        assertTrue(cnf.contains("raise <MAX_STEPS>") && cnf.contains("loosen <TOLERANCE>") && cnf.contains("add <KINETIC>")
                && cnf.contains("lower <LEARNING_RATE>"), cnf);
        String latent = flags(TrainingFailure.inSolver(7, limit, LR_AND_TOLERANCE).advice());
        assertFalse(latent.contains("MAX_STEPS") || latent.contains("KINETIC"), latent);
        assertTrue(latent.contains("loosen <TOLERANCE> or lower <LEARNING_RATE>"), latent);
        assertFalse(TrainingFailure.inSolver(7, limit, CNF).getMessage().contains("{"), "the plain message has no slots");
    }

    @Test
    void theSolversOwnRemedyGivesWayToTheSessions() {
        NonFiniteValueException nan = new NonFiniteValueException(NonFiniteValueException.Where.DERIVATIVE, 0.25, "");
        String text = TrainingFailure.inSolver(3, nan, CNF).advice().plain();
        assertEquals("iteration 3 failed in the ODE solver: the derivative f(t, y) contains NaN or infinity at t=0.25; lower the"
                + " learning rate, add the kinetic regularisation weight or set the precision to float64", text);
    }

    @Test
    void aLossThatRoseAboveItsOwnSizeIsDivergenceAndNoiseIsNot() {
        LossWatch w = new LossWatch();
        w.record(1, 3.0);
        w.record(2, 2.5);
        w.record(3, 4.0);
        assertFalse(w.diverged(), "a rise of 1.5 over a best of 2.5 is noise");
        w.record(4, 3541);
        assertTrue(w.diverged());
        assertEquals("it rose from 2.500 at iteration 2 to 3541 at iteration 4", w.describeRise());
        LossWatch negative = new LossWatch();
        negative.record(1, -2.0);
        negative.record(2, -0.5);
        assertFalse(negative.diverged(), "a negative NLL rising by 1.5 stays within max(1, |best|) = 2");
        negative.record(3, Double.NaN);
        negative.record(4, 0.5);
        assertTrue(negative.diverged(), "NaN losses are skipped; 0.5 is 2.5 above -2");
    }

    @Test
    void divergenceAndNonFiniteWeightsNameTheLearningRateWithItsValue() {
        TooManyStepsException limit = new TooManyStepsException(0.77, 10000, "");
        TrainingFailure failure = TrainingFailure.inSolver(3, limit, CNF);
        LossWatch w = new LossWatch();
        w.record(1, 42.26);
        w.record(2, 3541);
        String diverged = flags(failure.diagnosed(w, true, 9.9).advice());
        assertTrue(diverged.startsWith("the loss diverged: it rose from 42.26 at iteration 1 to 3541 at iteration 2, then"
                + " iteration 3 failed in the ODE solver: the solver reached its limit"), diverged);
        assertTrue(diverged.endsWith("; lower <LEARNING_RATE> (now 9.9), such as 0.99"), diverged);
        String weights = flags(failure.diagnosed(new LossWatch(), false, 1e-3).advice());
        assertTrue(weights.startsWith("the weights became NaN or infinite in an update"), weights);
        assertTrue(weights.endsWith("lower <LEARNING_RATE> (now 0.001), such as 0.0001"), weights);
        LossWatch calm = new LossWatch();
        calm.record(1, 3.0);
        assertEquals(failure, failure.diagnosed(calm, true, 1e-3), "no divergence: the solver's own diagnosis stands");
    }

    /** One weight that an update sets to NaN at iteration 2; iteration 3 then fails as a NaN loss would. */
    private static final class Poisoned extends IterativeSession {
        private final Module module = new Module() {
            {
                registerParameter("w", Tensor.fromFloats(new float[] {1.5f}, 1));
            }
        };
        private final Optimizer adam = new Adam(module.namedParameters(), 1e-3);

        Poisoned() {
            super(0, 0);
            remember();
        }

        @Override
        protected Module module() {
            return module;
        }

        @Override
        protected Optimizer optimizer() {
            return adam;
        }

        @Override
        protected Outcome iterate(long n) {
            if (n == 3) {
                throw TrainingFailure.nonFiniteLoss(n, Double.NaN, LR_AND_TOLERANCE);
            }
            module.parameter("w").set(Tensor.fromFloats(new float[] {n == 2 ? Float.NaN : 2.5f}, 1));
            return new Outcome(1.0, 0, 0, StepTrace.EMPTY);
        }
    }

    @Test
    void weightsThatBecameNaNAreRolledBackToTheLastFiniteOnes() {
        Poisoned session = new Poisoned();
        TrainingSnapshot failed = session.run(() -> false);
        assertTrue(failed.failed());
        assertEquals(3, failed.iteration());
        assertTrue(failed.message().startsWith("the weights became NaN or infinite in an update (the loss became NaN at"
                + " iteration 3)"), failed.message());
        assertEquals(2.5, session.module().parameter("w").value().item(), 0.0, "back to iteration 1's weights, not 2's NaN");
    }
}
