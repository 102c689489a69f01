package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.data.DigitRaster;
import dev.neuralode.data.Mnist;
import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.Architecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Digits read one at a time: probabilities, NFE, the feature path, and per-image verdicts. */
class DigitReaderTest {

    private static MnistImages train;

    @BeforeAll
    static void data() throws Exception {
        Backend.start(1);
        train = Mnist.load(Mnist.DEFAULT_DIRECTORY).train();
    }

    private static MnistSession session(Architecture a) {
        return new MnistSession(MnistExperiment.recipe(a).withData(128, 32, false), train);
    }

    @Test
    void aDrawnDigitIsReadWithItsNfeAndItsPathOnTheCentroidPlane() {
        MnistSession s = session(Architecture.ODENET);
        s.step();
        DigitReader reader = new DigitReader(s);
        CentroidPlane plane = reader.plane(s.validationImages(), 100);
        float[] one = DigitRaster.rasterize(List.of(new double[] {50, 10, 52, 200}));
        DigitReader.Reading r = reader.read(one, plane, 9);
        assertEquals(1.0, java.util.Arrays.stream(r.probabilities()).sum(), 1e-9);
        double best = java.util.Arrays.stream(r.probabilities()).max().orElseThrow();
        assertEquals(best, r.probabilities()[r.predicted()]);
        assertTrue(r.nfe() >= 8, "dopri5 takes at least one step: nfe " + r.nfe());
        assertEquals(9, r.path().length);
        assertTrue(r.path()[0][0] != r.path()[8][0], "the features move through the ODE block");
        assertThrows(IllegalArgumentException.class, () -> reader.read(new float[10], plane, 9));
    }

    @Test
    void verdictsImageByImageAgreeWithTheBatchedEvaluation() {
        // The stem alone has no adaptive solve, so batching cannot change a prediction.
        MnistSession s = session(Architecture.STEM);
        for (int i = 0; i < 3; i++) {
            s.step();
        }
        MnistImages validation = s.validationImages();
        List<DigitReader.Verdict> verdicts = new DigitReader(s).verdicts(validation, 100, n -> { }, () -> false);
        assertEquals(100, verdicts.size());
        long wrong = verdicts.stream().filter(DigitReader.Verdict::wrong).count();
        assertEquals(s.evaluate(validation, 100).error(), wrong / 100.0, 1e-12);
        assertEquals(validation.labels(new int[] {7})[0], verdicts.get(7).label());
        assertEquals(0, verdicts.get(0).nfe());
    }

    @Test
    void verdictsReportProgressAndStopWhenCancelled() {
        MnistSession s = session(Architecture.ODENET);
        List<Integer> heard = new ArrayList<>();
        List<DigitReader.Verdict> verdicts = new DigitReader(s).verdicts(s.validationImages(), 50, heard::add, () -> heard.size() >= 3);
        assertEquals(3, verdicts.size());
        assertEquals(List.of(1, 2, 3), heard);
        assertTrue(verdicts.get(0).nfe() > 0);
    }

    @Test
    void softmaxDoesNotOverflow() {
        assertArrayEquals(new double[] {0.5, 0.5, 0}, DigitReader.softmax(new double[] {1000, 1000, -1000}), 1e-12);
    }
}
