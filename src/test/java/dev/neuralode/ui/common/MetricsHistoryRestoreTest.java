package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** A history saved in an experiment file as CSV comes back as the same columns. */
class MetricsHistoryRestoreTest {

    private static TrainingSnapshot ok(long it) {
        return new TrainingSnapshot(it, 3.0 / it, 20 + (int) it, 30, 0.01 * it, 0.5 * it, StepTrace.EMPTY,
                TrainingSnapshot.Status.RUNNING, null);
    }

    @Test
    void theCsvRoundTripGivesTheSameColumns() {
        MetricsHistory saved = new MetricsHistory();
        for (int i = 1; i <= 300; i++) {
            saved.add(ok(i));
        }
        MetricsHistory opened = new MetricsHistory();
        assertEquals(300, opened.restore(saved.toCsv()));
        for (MetricsHistory.Column c : MetricsHistory.Column.values()) {
            assertArrayEquals(saved.column(c, 0, 300), opened.column(c, 0, 300), 1e-6, c.name());
        }
    }

    @Test
    void columnsAreFoundByNameAndAMissingOneReadsAsNaN() {
        MetricsHistory h = new MetricsHistory();
        assertEquals(2, h.restore("loss,held_out,iteration\n2.5,2.7,1\n2.0,2.4,2\n"));
        assertArrayEquals(new double[] {1, 2}, h.column(MetricsHistory.Column.ITERATION, 0, 2));
        assertArrayEquals(new double[] {2.5, 2.0}, h.column(MetricsHistory.Column.LOSS, 0, 2));
        assertTrue(Double.isNaN(h.value(MetricsHistory.Column.NFE_FORWARD, 0)));
    }

    @Test
    void aMalformedRowEndsTheHistoryAndTextWithoutIterationsGivesNone() {
        MetricsHistory h = new MetricsHistory();
        assertEquals(1, h.restore("iteration,loss\n1,2.5\n2,oops\n3,2.0\n"));
        assertEquals(0, new MetricsHistory().restore("not,a,history\n"));
        assertEquals(0, new MetricsHistory().restore(""));
    }
}
