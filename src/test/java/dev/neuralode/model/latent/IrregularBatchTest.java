package dev.neuralode.model.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The union grid, its mask, and the step-major sequences of a batch of series with different times and lengths. */
class IrregularBatchTest {

    static final IrregularSeries A = new IrregularSeries("a", new double[] {0.0, 0.5, 2.0}, new float[] {1, 2, 3, 4, 5, 6});
    static final IrregularSeries B = new IrregularSeries("b", new double[] {0.5, 1.0}, new float[] {-1, -2, -3, -4});

    @Test
    void unionGridHoldsEveryTimeOnceAndTheMaskMarksWhoWasObserved() {
        IrregularBatch batch = IrregularBatch.of(List.of(A, B), DType.FLOAT32);
        assertArrayEquals(new double[] {0.0, 0.5, 1.0, 2.0}, batch.times());
        assertEquals(2.0, batch.endTime());
        assertArrayEquals(new long[] {4, 2, 2}, batch.values().shape());
        assertArrayEquals(new long[] {4, 2, 1}, batch.mask().shape());
        // (time, series): a at 0, 0.5, 2; b at 0.5, 1.
        assertArrayEquals(new double[] {1, 0, 1, 1, 0, 1, 1, 0}, batch.mask().toDoubleArray());
        assertArrayEquals(new double[] {1, 2, 0, 0, 3, 4, -1, -2, 0, 0, -3, -4, 5, 6, 0, 0}, batch.values().toDoubleArray());
        assertEquals(5, batch.observationCount());
        assertEquals(3, batch.maxLength());
    }

    @Test
    void backwardStepsAlignSeriesAtTheirLastObservationWithGapsBackToTheOrigin() {
        RecurrentSteps steps = IrregularBatch.of(List.of(A, B), DType.FLOAT32).backwardSteps();
        assertEquals(3, steps.length());
        // step 0: a's (5, 6) with gap 2 - 0.5, b's (-3, -4) with gap 1 - 0.5
        assertArrayEquals(new double[] {5, 6, 1.5, -3, -4, 0.5}, steps.input(0, true).toDoubleArray(), 1e-7);
        // step 1: a's (3, 4) gap 0.5; b's first point (-1, -2) with gap 0.5 back to t = 0
        assertArrayEquals(new double[] {3, 4, 0.5, -1, -2, 0.5}, steps.input(1, true).toDoubleArray(), 1e-7);
        assertArrayEquals(new double[] {3, 4, -1, -2}, steps.input(1, false).toDoubleArray(), 1e-7);
        // step 2: only a is left
        assertArrayEquals(new double[] {1, 2, 0, 0, 0, 0}, steps.input(2, true).toDoubleArray(), 1e-7);
        assertEquals(null, steps.activeOrNull(0));
        assertArrayEquals(new double[] {1, 0}, steps.activeOrNull(2).toDoubleArray());
        assertFalse(steps.allActive()[2]);
    }

    @Test
    void forwardStepsPredictTheNextObservationAndReachTheForecastTime() {
        RecurrentSteps steps = IrregularBatch.of(List.of(A, B), DType.FLOAT32).forwardSteps(new double[] {3.0, 4.0});
        assertArrayEquals(new double[] {1, 2, 0.5, -1, -2, 0.5}, steps.input(0, true).toDoubleArray(), 1e-7);
        assertArrayEquals(new double[] {3, 4, -3, -4}, steps.target(0).toDoubleArray(), 1e-7);
        assertArrayEquals(new double[] {1, 1}, steps.targetMask(0).toDoubleArray());
        // step 1: b's last observation has no target; its gap reaches its forecast time 4
        assertArrayEquals(new double[] {3, 4, 1.5, -3, -4, 3.0}, steps.input(1, true).toDoubleArray(), 1e-7);
        assertArrayEquals(new double[] {1, 0}, steps.targetMask(1).toDoubleArray());
        assertArrayEquals(new double[] {5, 6, 1.0, 0, 0, 0}, steps.input(2, true).toDoubleArray(), 1e-7);
        assertArrayEquals(new double[] {0, 0}, steps.targetMask(2).toDoubleArray());
    }

    @Test
    void badBatchesNameTheProblem() {
        IrregularSeries early = new IrregularSeries("early", new double[] {-0.1, 1}, new float[] {0, 0, 0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IrregularBatch.of(List.of(A, early), DType.FLOAT32));
        assertTrue(e.getMessage().contains("series 'early' starts at t = -0.1"), e.getMessage());
        IrregularSeries empty = new IrregularSeries("empty", new double[0], new float[0]);
        e = assertThrows(IllegalArgumentException.class, () -> IrregularBatch.of(List.of(empty), DType.FLOAT32));
        assertTrue(e.getMessage().contains("'empty' has no observation"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IrregularBatch.of(List.of(), DType.FLOAT32));
    }
}
