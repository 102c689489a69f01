package dev.neuralode.model.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RNN baselines: what their loss counts, how they forecast, and that batching does not mix series. */
class RnnForecasterTest {

    private static final IrregularSeries A = IrregularBatchTest.A;
    private static final IrregularSeries B = IrregularBatchTest.B;

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    private static RnnForecaster rnn(boolean timeGaps) {
        return new RnnForecaster(6, timeGaps, DType.FLOAT64, new SplittableRandom(8));
    }

    private static double loss(RnnForecaster m, IrregularSeries... series) {
        return m.loss(IrregularBatch.of(List.of(series), DType.FLOAT64), null).item();
    }

    @Test
    void lossAveragesTheOneStepErrorsOfObservationsWithASuccessor() {
        RnnForecaster m = rnn(true);
        // A read-out of zero weights predicts its bias (0.5, -0.5) whatever the state: a's targets
        // are its points 2 and 3, (3, 4) and (5, 6).
        m.parameter("readout.weight").set(Tensor.zeros(DType.FLOAT64, 2, 6));
        m.parameter("readout.bias").set(Tensor.fromValues(new double[] {0.5, -0.5}, DType.FLOAT64, 2));
        double expected = (2.5 * 2.5 + 4.5 * 4.5 + 4.5 * 4.5 + 6.5 * 6.5) / 4;
        assertEquals(expected, loss(m, A), 1e-12);
        RnnForecaster trained = rnn(true);
        // A series of one observation has no target and adds nothing; two series average all their targets.
        IrregularSeries single = new IrregularSeries("c", new double[] {0.2}, new float[] {7, 8});
        assertEquals(loss(trained, A), loss(trained, A, single), 1e-12);
        assertEquals((loss(trained, A) * 4 + loss(trained, B) * 2) / 6, loss(trained, A, B), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> loss(trained, single));
    }

    @Test
    void forecastsHaveTheirShapeAndNeedFutureTimes() {
        RnnForecaster m = rnn(true);
        IrregularBatch batch = IrregularBatch.of(List.of(A, B), DType.FLOAT64);
        assertArrayEquals(new long[] {3, 2, 2}, m.predict(batch, new double[] {2.5, 3, 4}).shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predict(batch, new double[] {1.5, 3}));
        assertTrue(e.getMessage().contains("series 'a' at 2.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.predict(batch, new double[] {3, 3}));
    }

    @Test
    void onlyTheTimeAwareRnnSeesTheSpacingOfTheForecastTimes() {
        IrregularBatch batch = IrregularBatch.of(List.of(A), DType.FLOAT64);
        double[] even = {3, 4, 5};
        double[] uneven = {2.1, 4, 7};
        RnnForecaster plain = rnn(false);
        assertArrayEquals(plain.predict(batch, even).toDoubleArray(), plain.predict(batch, uneven).toDoubleArray(), 0.0);
        RnnForecaster timed = rnn(true);
        assertNotEquals(timed.predict(batch, even).toDoubleArray()[0], timed.predict(batch, uneven).toDoubleArray()[0]);
    }

    @Test
    void aSeriesForecastsTheSameInABatchAsAlone() {
        for (boolean timeGaps : new boolean[] {false, true}) {
            RnnForecaster m = rnn(timeGaps);
            double[] times = {2.5, 3.0};
            double[] joint = m.predict(IrregularBatch.of(List.of(A, B), DType.FLOAT64), times).toDoubleArray();
            double[] alone = m.predict(IrregularBatch.of(List.of(B), DType.FLOAT64), times).toDoubleArray();
            // (F, B, 2): series b is column 1 of the joint batch.
            assertArrayEquals(new double[] {alone[0], alone[1], alone[2], alone[3]},
                    new double[] {joint[2], joint[3], joint[6], joint[7]}, 1e-12);
        }
    }

    @Test
    void reconstructionsPredictEachTimeFromTheObservationsBeforeIt() {
        for (boolean timeGaps : new boolean[] {false, true}) {
            RnnForecaster m = rnn(timeGaps);
            IrregularBatch batch = IrregularBatch.of(List.of(A), DType.FLOAT64);
            double[] r = m.reconstruct(batch, new double[] {0.0, 1.0, 2.5}).toDoubleArray();
            // t = 0: nothing observed before it, the read-out of the initial state.
            double[] initial = m.reconstruct(IrregularBatch.of(List.of(B), DType.FLOAT64), new double[] {0.1}).toDoubleArray();
            assertArrayEquals(initial, new double[] {r[0], r[1]}, 1e-12);
            // t = 1: from a's first two points, as a forecast of the series cut there.
            IrregularSeries cut = new IrregularSeries("a", new double[] {0.0, 0.5}, new float[] {1, 2, 3, 4});
            double[] fromCut = m.predict(IrregularBatch.of(List.of(cut), DType.FLOAT64), new double[] {1.0}).toDoubleArray();
            assertArrayEquals(fromCut, new double[] {r[2], r[3]}, 1e-12);
            // t = 2.5: after every observation, the forecast itself.
            double[] forecast = m.predict(batch, new double[] {2.5}).toDoubleArray();
            assertArrayEquals(forecast, new double[] {r[4], r[5]}, 1e-12);
        }
    }
}
