package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.model.latent.LatentPrediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A latent session on ten spirals of ten observations: a few iterations take well under a second. */
class LatentSessionTest {

    static final LatentExperiment SMALL = LatentExperiment.defaults().withData(10, 8).withObservations(10).withTolerance(1e-3);

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    @Test
    void examplesAreTheSplitSpiralsWithTheirCurves() {
        LatentSession s = new LatentSession(SMALL);
        assertEquals(10, s.examples().size());
        assertEquals(8, s.examples().stream().filter(ExampleSeries::training).count(), "80% train");
        ExampleSeries first = s.examples().get(0);
        assertEquals(10, first.observed().size());
        assertEquals(200, first.truth().size(), "the 100-point window and 100 future points");
        assertTrue(first.observed().time(9) <= first.truth().end());
    }

    @Test
    void stepsReportLossAndNfeAndExplainDrawsSamples() {
        LatentSession s = new LatentSession(SMALL);
        TrainingSnapshot a = s.step();
        TrainingSnapshot b = s.step();
        assertFalse(a.failed(), a.message());
        assertEquals(2, b.iteration());
        assertTrue(Double.isFinite(b.loss()) && b.nfeForward() > 0, b.toString());
        EditedSeries e = EditedSeries.of(s.examples().get(9));
        double[] times = e.predictionTimes(40);
        LatentPrediction p = s.explain(e.series(), times, 3, 7);
        assertEquals(40, p.mean().length);
        assertEquals(3, p.sampleCount());
        assertEquals(4, p.latent()[0].length);
        assertNull(p.intensity(), "no Poisson term");
        LatentPrediction again = s.explain(e.series(), times, 3, 7);
        assertEquals(p.samples()[2][39][0], again.samples()[2][39][0], 0.0, "the same seed draws the same samples");
    }

    @Test
    void thePoissonTermGivesAnIntensity() {
        LatentSession s = new LatentSession(SMALL.withPoisson(true));
        assertFalse(s.step().failed());
        EditedSeries e = EditedSeries.of(s.examples().get(0));
        LatentPrediction p = s.explain(e.series(), e.predictionTimes(20), 0, 1);
        assertNotNull(p.intensity());
        assertTrue(p.intensity()[5] > 0, "lambda is a softplus");
    }

    @Test
    void theLearningRateChangesLiveButTheDataNeedANewModel() {
        LatentSession s = new LatentSession(SMALL);
        s.update(SMALL.withLearningRate(0.001).withTolerance(1e-4));
        assertEquals(0.001, s.experiment().learningRate());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.update(SMALL.withObservations(50)));
        assertTrue(e.getMessage().contains("reset"), e.getMessage());
        assertFalse(s.step().failed());
        assertEquals(1e-4, s.experiment().rtol());
    }

    @Test
    void explainAnswersWhileAnIterationHoldsTheModel() throws Exception {
        LatentSession s = new LatentSession(SMALL);
        assertFalse(s.step().failed());
        EditedSeries e = EditedSeries.of(s.examples().get(2));
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            LatentPrediction p;
            // The training lock held here stands for an iteration in progress: explain must not wait for it.
            s.lock.lock();
            try {
                p = other.submit(() -> s.explain(e.series(), e.predictionTimes(20), 1, 3))
                        .get(60, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                s.lock.unlock();
            }
            assertEquals(20, p.mean().length);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void explainFollowsTheNewestWeightsAndTolerance() {
        LatentSession s = new LatentSession(SMALL);
        EditedSeries e = EditedSeries.of(s.examples().get(0));
        double[] times = e.predictionTimes(20);
        LatentPrediction before = s.explain(e.series(), times, 0, 1);
        assertFalse(s.step().failed());
        LatentPrediction after = s.explain(e.series(), times, 0, 1);
        assertFalse(java.util.Arrays.equals(before.mean()[19], after.mean()[19]), "one iteration moved the posterior");
        s.update(SMALL.withTolerance(1e-7));
        LatentPrediction tight = s.explain(e.series(), times, 0, 1);
        assertTrue(tight.nfe() > after.nfe(), "a tighter tolerance shows at once: NFE " + tight.nfe() + " vs " + after.nfe());
    }
}
