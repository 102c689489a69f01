package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StiffnessMonitorTest {

    private static TrainingSnapshot snapshot(int nfe, double smallestStep) {
        StepTrace trace = new StepTrace(new double[] {0, smallestStep}, new double[] {smallestStep, 1 - smallestStep},
                new double[] {0.5, 0.5}, new boolean[] {true, true});
        return new TrainingSnapshot(1, 1.0, nfe, nfe, 0.01, 0.01, trace, TrainingSnapshot.Status.RUNNING, null);
    }

    @Test
    void steadyIterationsRaiseNothing() {
        StiffnessMonitor m = new StiffnessMonitor();
        for (int i = 0; i < 50; i++) {
            assertTrue(m.accept(snapshot(26 + i % 3, 0.1)).isEmpty());
        }
    }

    @Test
    void anNfeJumpAboveThreeTimesTheMedianIsReportedAfterWarmUp() {
        StiffnessMonitor m = new StiffnessMonitor();
        assertTrue(m.accept(snapshot(200, 0.1)).isEmpty(), "no median yet");
        for (int i = 0; i < StiffnessMonitor.WARM_UP; i++) {
            m.accept(snapshot(20, 0.1));
        }
        Optional<String> w = m.accept(snapshot(70, 0.1));
        assertTrue(w.isPresent() && w.get().contains("NFE jumped to 70"), w.toString());
    }

    @Test
    void aStepNearTheFloorIsReported() {
        StiffnessMonitor m = new StiffnessMonitor();
        Optional<String> w = m.accept(snapshot(20, 1e-5));
        assertTrue(w.isPresent() && w.get().contains("smallest step"), w.toString());
    }

    @Test
    void aStepCollapsingToATenthOfItsMedianIsReported() {
        StiffnessMonitor m = new StiffnessMonitor();
        for (int i = 0; i < StiffnessMonitor.WARM_UP; i++) {
            m.accept(snapshot(20, 0.1));
        }
        assertTrue(m.accept(snapshot(20, 0.005)).isPresent());
    }

    /** Steps of a quarter of the span, then a last step cut short to land on t1. */
    private static TrainingSnapshot endingOnAClippedStep(double lastStep) {
        double a = 1 - lastStep;
        StepTrace trace = new StepTrace(new double[] {0, 0.25, 0.5, 0.75, a}, new double[] {0.25, 0.25, 0.25, a - 0.75, lastStep},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.01}, new boolean[] {true, true, true, true, true});
        return new TrainingSnapshot(1, 1.0, 26, 26, 0.01, 0.01, trace, TrainingSnapshot.Status.RUNNING, null);
    }

    @Test
    void aFinalStepCutShortToLandOnTheEndIsNotASymptom() {
        StiffnessMonitor m = new StiffnessMonitor();
        for (int i = 0; i < 30; i++) {
            Optional<String> w = m.accept(endingOnAClippedStep(7.3e-5));
            assertTrue(w.isEmpty(), w.toString());
        }
        assertEquals(0.25 - 7.3e-5, StiffnessMonitor.relativeSmallestStep(endingOnAClippedStep(7.3e-5).trace()), 1e-12);
    }

    @Test
    void aBackwardSolveAlsoLeavesItsFinalStepOut() {
        StepTrace backward = new StepTrace(new double[] {1, 0.5, 0.00001}, new double[] {-0.5, -0.49999, -0.00001},
                new double[] {0.5, 0.5, 0.5}, new boolean[] {true, true, true});
        assertEquals(0.49999, StiffnessMonitor.relativeSmallestStep(backward), 1e-9);
    }

    @Test
    void aSingleStepShowsNoShrinking() {
        StepTrace one = new StepTrace(new double[] {0, 0}, new double[] {2, 1}, new double[] {3, 0.5},
                new boolean[] {false, true});
        assertTrue(Double.isNaN(StiffnessMonitor.relativeSmallestStep(one)));
    }

    @Test
    void theWarningStaysWhileTheSymptomFlickersAndClearsAfterHealthyIterations() {
        StiffnessMonitor m = new StiffnessMonitor();
        assertTrue(m.accept(snapshot(20, 1e-5)).isPresent());
        for (int i = 1; i < StiffnessMonitor.CLEAR_AFTER; i++) {
            assertTrue(m.accept(snapshot(20, 0.1)).isPresent(), "still up after " + i + " healthy iterations");
        }
        assertTrue(m.accept(snapshot(20, 1e-5)).isPresent(), "the symptom came back: the count starts over");
        for (int i = 1; i < StiffnessMonitor.CLEAR_AFTER; i++) {
            m.accept(snapshot(20, 0.1));
        }
        assertTrue(m.accept(snapshot(20, 0.1)).isEmpty(), "cleared after " + StiffnessMonitor.CLEAR_AFTER + " healthy iterations");
    }

    @Test
    void aDismissedWarningReturnsOnlyAfterTheSymptomClearedAndCameBack() {
        StiffnessMonitor m = new StiffnessMonitor();
        assertTrue(m.accept(snapshot(20, 1e-5)).isPresent());
        m.dismiss();
        assertTrue(m.accept(snapshot(20, 1e-5)).isEmpty(), "dismissed while the symptom lasts");
        for (int i = 0; i < StiffnessMonitor.CLEAR_AFTER; i++) {
            assertTrue(m.accept(snapshot(20, 0.1)).isEmpty());
        }
        assertTrue(m.accept(snapshot(20, 1e-5)).isPresent(), "a new episode is shown again");
    }

    @Test
    void clearForgetsTheWarningAndTheMedians() {
        StiffnessMonitor m = new StiffnessMonitor();
        for (int i = 0; i < StiffnessMonitor.WARM_UP; i++) {
            m.accept(snapshot(20, 0.1));
        }
        assertTrue(m.accept(snapshot(70, 0.1)).isPresent());
        m.clear();
        assertTrue(m.accept(snapshot(70, 0.1)).isEmpty(), "a tighter tolerance's NFE is the new normal, not a jump");
    }
}
