package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import org.junit.jupiter.api.Test;

class MetricsHistoryTest {

    private static TrainingSnapshot ok(long it) {
        return new TrainingSnapshot(it, 2.5, 26, 32, 0.05, 0.05 * it, StepTrace.EMPTY, TrainingSnapshot.Status.RUNNING, null);
    }

    @Test
    void growsPastItsInitialCapacityAndSkipsFailures() {
        MetricsHistory h = new MetricsHistory();
        for (int i = 1; i <= 1000; i++) {
            h.add(ok(i));
        }
        h.add(new TrainingSnapshot(1001, Double.NaN, 0, 0, 0.1, 50, StepTrace.EMPTY, TrainingSnapshot.Status.FAILED, new dev.neuralode.train.Advice("boom")));
        assertEquals(1000, h.size());
        assertArrayEquals(new double[] {999, 1000}, h.column(MetricsHistory.Column.ITERATION, 998, 1000));
        assertEquals(32, h.value(MetricsHistory.Column.NFE_BACKWARD, 5));
    }

    @Test
    void clearingStartsOverAndIsCounted() {
        MetricsHistory h = new MetricsHistory();
        h.add(ok(1));
        h.clear();
        assertEquals(0, h.size());
        assertEquals(1, h.clears());
    }

    @Test
    void csvHasAHeaderAndOneRowPerIteration() {
        MetricsHistory h = new MetricsHistory();
        h.add(ok(1));
        h.add(ok(2));
        String[] lines = h.toCsv().split("\n");
        assertEquals("iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds", lines[0]);
        assertEquals("2,2.5,26,32,0.050000,0.100000", lines[2]);
    }

    /** The held-out NLL, evaluated every few iterations, is a column with gaps, written only when there is one. */
    @Test
    void theHeldOutNllIsAColumnWhereItWasEvaluatedAndEmptyElsewhere() {
        MetricsHistory h = new MetricsHistory();
        h.add(new TrainingSnapshot(1, 2.5, 26, 32, 0.05, 0.05, StepTrace.EMPTY, TrainingSnapshot.Status.RUNNING, null, 2.75));
        h.add(ok(2));
        assertEquals(1, h.heldOutRows());
        assertEquals(2.75, h.value(MetricsHistory.Column.HELD_OUT, 0));
        assertEquals(Double.NaN, h.value(MetricsHistory.Column.HELD_OUT, 1));
        String[] lines = h.toCsv().split("\n");
        assertEquals("iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds,test_nll", lines[0]);
        assertEquals("1,2.5,26,32,0.050000,0.050000,2.75", lines[1]);
        assertEquals("2,2.5,26,32,0.050000,0.100000,", lines[2]);
        h.clear();
        assertEquals(0, h.heldOutRows());
    }
}
