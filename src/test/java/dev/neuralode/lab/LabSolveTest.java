package dev.neuralode.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ode.Methods;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class LabSolveTest {

    @Test
    void everyAttemptedStepIsRecordedAndTheCountsAgreeWithTheNfe() {
        OdeSystem decay = Catalogue.byName("exponential-decay").system(Map.of("k", 3.0));
        SolveReport r = LabSolve.run(decay, SolveSettings.defaults().withTolerances(1e-8, 1e-8));
        assertTrue(r.completed());
        assertEquals(LabSolve.DENSE_POINTS, r.times().length);
        // dopri5 is FSAL: one evaluation for the first derivative, one for the initial step choice,
        // then six per attempted step.
        assertEquals(2 + 6 * r.steps().size(), r.nfe());
        double t = 0;
        for (LabStep s : r.steps()) {
            assertEquals(t, s.t(), 1e-12);
            if (s.accepted()) {
                t = s.end();
                assertEquals(Math.exp(-3 * t), s.y()[0], 1e-7);
            }
        }
        // As in torchdiffeq, the last step may pass the end time; the output there is interpolated.
        assertTrue(t >= 5.0 && r.steps().get(r.steps().size() - 1).t() < 5.0, "last step ends at " + t);
        assertEquals("closed form", r.referenceNote());
        assertTrue(r.maxError() < 1e-7, "max error " + r.maxError());
    }

    @Test
    void aFixedGridMethodTakesTheStepItIsGiven() {
        OdeSystem decay = Catalogue.byName("exponential-decay").system();
        SolveReport r = LabSolve.run(decay, SolveSettings.defaults().withMethod(Methods.RK4).withFixedStep(0.05));
        assertEquals(100, r.steps().size());
        assertTrue(r.steps().stream().allMatch(s -> Math.abs(s.h() - 0.05) < 1e-12 && Double.isNaN(s.errorRatio())));
        // Four stages per step, and one more evaluation at the end for the cubic Hermite dense output.
        assertEquals(401, r.nfe());
        // RK4's global error is O(h^4): about 1e-6 here.
        assertTrue(r.maxError() < 1e-5 && r.maxError() > 1e-9, "max error " + r.maxError());
    }

    @Test
    void aNumericalReferenceIsUsedWithoutAClosedForm() {
        OdeSystem decay = Catalogue.byName("exponential-decay").system();
        OdeSystem unknown = OdeSystem.of("decay without closed form", List.of("y"), 0, 5, new double[] {1},
                decay.f(), null);
        SolveReport r = LabSolve.run(unknown, SolveSettings.defaults());
        assertTrue(r.referenceNote().startsWith("dopri8"), r.referenceNote());
        assertNotNull(r.reference());
        for (int k = 0; k < r.times().length; k++) {
            assertEquals(Math.exp(-r.times()[k]), r.reference()[k][0], 1e-12, "at t = " + r.times()[k]);
        }
    }

    @Test
    void aSolveThatRunsOutOfStepsReportsWhyAndKeepsItsSteps() {
        OdeSystem decay = Catalogue.byName("exponential-decay").system();
        SolveReport r = LabSolve.run(decay, SolveSettings.defaults().withTolerances(1e-10, 1e-10).withMaxSteps(5));
        assertNotNull(r.failure());
        assertEquals(5, r.steps().size());
        assertTrue(r.failure().contains("5"), r.failure());
    }

    @Test
    void aSolveMadeStaleIsAbandonedAtItsNextStep() {
        OdeSystem decay = Catalogue.byName("exponential-decay").system();
        int[] asked = {0};
        assertThrows(CancellationException.class, () -> LabSolve.run(decay, SolveSettings.defaults(), () -> ++asked[0] > 3));
        assertEquals(4, asked[0], "asked once per step until it answered yes");
    }
}
