package dev.neuralode.ui.plane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The 2D view's accuracy history travels through a checkpoint as CSV. */
class AccuracyHistoryTest {

    @Test
    void theCsvRoundTripsWithTestAccuracyOnlyWhereItWasEvaluated() {
        AccuracyHistory h = new AccuracyHistory();
        assertNull(h.last());
        h.add(1, 0.5, Double.NaN);
        h.add(2, 0.625, Double.NaN);
        h.add(10, 0.75, 0.8);
        h.add(11, 0.875, Double.NaN);
        String csv = h.toCsv();
        assertEquals("iteration,batch_accuracy,test_accuracy\n1,0.500000,\n2,0.625000,\n10,0.750000,0.800000\n11,0.875000,\n", csv);

        AccuracyHistory back = new AccuracyHistory();
        assertEquals(4, back.restore(csv));
        assertArrayEquals(new double[] {1, 2, 10, 11}, back.iterations(0, 4));
        assertArrayEquals(new double[] {0.5, 0.625, 0.75, 0.875}, back.train(0, 4));
        assertArrayEquals(new double[] {10}, back.testIterations(0, back.testSize()));
        assertArrayEquals(new double[] {0.8}, back.test(0, 1));
        assertArrayEquals(new double[] {11, 0.875, 0.8}, back.last(), "the last row with the last test accuracy");
    }

    @Test
    void readingStopsAtTheFirstMalformedRowKeepingTheRowsBefore() {
        AccuracyHistory h = new AccuracyHistory();
        assertEquals(1, h.restore("iteration,batch_accuracy,test_accuracy\n1,0.5,\n2,oops,\n3,0.7,\n"));
        assertEquals(1, h.size());
        assertEquals(0, new AccuracyHistory().restore(""), "an empty file has no rows");
    }
}
