package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.model.latent.IrregularBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EditedSeriesTest {

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    /** Observations at t = 0, 2, 4 on the curve x = t, y = 0 sampled at t = 0..6. */
    private static EditedSeries example() {
        double[] t = {0, 1, 2, 3, 4, 5, 6};
        double[] y = new double[t.length];
        IrregularSeries observed = new IrregularSeries("s", new double[] {0, 2, 4}, new float[] {0, 0, 2, 0, 4, 0});
        return EditedSeries.of(new ExampleSeries("line", observed, new GroundTruth(t, t, y), true, true));
    }

    @Test
    void addingTakesTheTimeOfTheCurveAndKeepsTimesSorted() {
        EditedSeries s = example().withObservation(2.5, 0.7);
        assertEquals(4, s.size());
        assertEquals(2.5, s.series().time(2), 1e-12, "time interpolated where the curve passes nearest");
        assertEquals(0.7f, s.series().y(2));
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.series().time(i) > s.series().time(i - 1));
        }
        assertTrue(s.edited());
        IrregularBatch batch = s.batch(DType.FLOAT32);
        assertEquals(4, batch.observationCount(), "the batch holds the added observation");
        assertEquals(3, example().batch(DType.FLOAT32).observationCount());
    }

    @Test
    void aClickPastTheCurveTakesItsEndTime() {
        assertEquals(6.0, example().withObservation(9, 1).series().time(3), 1e-12);
    }

    @Test
    void removingDropsTheNearestObservation() {
        EditedSeries s = example();
        int i = s.nearest(2.1, 0.2);
        assertEquals(1, i);
        EditedSeries removed = s.without(i);
        assertEquals(2, removed.size());
        assertEquals(4.0, removed.series().time(1));
        assertFalse(example().edited());
    }

    @Test
    void aRepeatedTimeIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> example().withObservation(2, 1, 1));
        assertTrue(e.getMessage().contains("already has an observation at t = 2.0000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> example().withObservation(-1, 0, 0));
    }

    @Test
    void theLastObservationStays() {
        EditedSeries one = example().without(0).without(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.without(0));
        assertTrue(e.getMessage().contains("last observation"), e.getMessage());
    }

    @Test
    void predictionTimesReachBackAndPastTheCurve() {
        double[] t = example().predictionTimes(101);
        assertEquals(-1.5, t[0], 1e-12, "a quarter of the span before 0");
        assertEquals(6.0, t[100], 1e-12);
    }
}
