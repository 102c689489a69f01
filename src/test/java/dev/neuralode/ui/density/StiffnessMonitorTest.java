package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StiffnessMonitorTest {

    private static TrainingSnapshot snapshot(int nfe, double smallestStep) {
        StepTrace trace = new StepTrace(new double[] {0, smallestStep}, new double[] {smallestStep, 1 - smallestStep},
                new double[] {0.5, 0.5}, new boolean[] {true, true});
        return new TrainingSnapshot(1, 1.0, nfe, nfe, 0.01, 0.01, trace, TrainingSnapshot.Status.RUNNING, "");
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
}
