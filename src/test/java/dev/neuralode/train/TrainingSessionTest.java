package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.data.PointSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSessionTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    /** The paper's hypernetwork CNF on two moons, cnf.py's settings with a batch of 256. */
    private static CnfExperiment moons() {
        return CnfExperiment.defaults().withData("two-moons", "mle", null).withTraining(1e-3, 256, "exact", 0, 0);
    }

    /** A small, fast configuration for the behavioural tests. */
    private static CnfExperiment small() {
        return CnfExperiment.defaults().withModel("hyper", 16, 8, List.of(16), "tanh", 10, false, 4, 0.1, 3, "float32")
                .withTraining(1e-3, 64, "exact", 0, 0).withTolerances(1e-3, 1e-3);
    }

    /**
     * 300 iterations on two moons: the NLL falls from about 20 nats (the initial flow puts the data far
     * in the N(0, 0.1 I) base's tail) to 2.67 measured (mean of the last 20 iterations: 2.72); the
     * bound leaves room for other CPUs' rounding. The trained density integrates to 1 on a grid
     * covering its support.
     */
    @Test
    void threeHundredIterationsOnTwoMoonsReachTheMeasuredLikelihood() {
        TrainingSession session = new TrainingSession(moons(), null);
        double first = session.step().loss();
        double recent = 0;
        for (int i = 2; i <= 300; i++) {
            TrainingSnapshot s = session.step();
            assertFalse(s.failed(), s.message());
            if (i > 280) {
                recent += s.loss() / 20;
            }
        }
        assertTrue(first > 15, "initial NLL " + first);
        System.out.printf("moons NLL: first %.3f, mean of the last 20 iterations %.3f%n", first, recent);
        assertTrue(recent < 2.9, "NLL over the last 20 iterations " + recent);
        DensityGrid grid = session.freeze().densityGrid(1.0, ViewBounds.around(session.data()), 80, 1e-5);
        assertEquals(1.0, grid.mass(), 0.02, "mass of the trained density on the grid");
    }

    @Test
    void sameConfigAndSeedGiveTheSameRun() {
        TrainingSession a = new TrainingSession(small(), null);
        TrainingSession b = new TrainingSession(small(), null);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.step().loss(), b.step().loss(), 0.0);
        }
    }

    /** Ten iterations, a checkpoint, a resumed session and ten more draw and compute what twenty in one go do. */
    @Test
    void aResumedRunGivesTheLossesOfAnUninterruptedOne() throws Exception {
        TrainingSession straight = new TrainingSession(small(), null);
        TrainingSession interrupted = new TrainingSession(small(), null);
        for (int i = 0; i < 10; i++) {
            assertEquals(straight.step().loss(), interrupted.step().loss(), 0.0);
        }
        Path file = dir.resolve("half/checkpoint.ckpt");
        interrupted.save(file);
        TrainingSession resumed = TrainingSession.resume(file);
        for (int i = 11; i <= 20; i++) {
            TrainingSnapshot expected = straight.step();
            TrainingSnapshot actual = resumed.step();
            assertEquals(expected.loss(), actual.loss(), 0.0, "iteration " + i);
            assertEquals(expected.nfeForward(), actual.nfeForward(), "iteration " + i);
        }
    }

    @Test
    void checkpointRoundTripGivesIdenticalLogDensities() throws Exception {
        PointSet drawn = new PointSet("custom", new float[] {0.1f, 0.2f, -0.5f, 0.4f, 0.3f, -0.6f, 0.8f, 0.1f});
        TrainingSession session = new TrainingSession(small().withData("custom", "mle", null), drawn);
        for (int i = 0; i < 5; i++) {
            session.step();
        }
        Path file = dir.resolve("run/checkpoint.ckpt");
        session.save(file);
        TrainingSession resumed = TrainingSession.resume(file);
        assertEquals(session.config(), resumed.config());
        assertEquals(drawn.named("custom"), resumed.data());
        assertEquals(5, resumed.iteration());
        float[] points = drawn.toArray();
        assertArrayEquals(session.freeze().logDensity(points, 1e-5, new int[1]),
                resumed.freeze().logDensity(points, 1e-5, new int[1]), 0.0);
        assertEquals(6, resumed.step().iteration());
    }

    @Test
    void updatesApplyAtTheNextIterationAndModelChangesAreRefused() {
        TrainingSession session = new TrainingSession(small(), null);
        session.step();
        session.update(session.config().withTolerances(1e-6, 1e-6));
        assertEquals(1e-6, session.config().rtol());
        int tightNfe = session.step().nfeForward();
        session.update(session.config().withTolerances(1e-2, 1e-2));
        int looseNfe = session.step().nfeForward();
        assertTrue(tightNfe > looseNfe, "NFE at 1e-6 " + tightNfe + " against 1e-2 " + looseNfe);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.update(
                session.config().withModel("hyper", 32, 8, List.of(16), "tanh", 10, false, 4, 0.1, 3, "float32")));
        assertTrue(e.getMessage().contains("reset the session"), e.getMessage());
    }

    @Test
    void runStopsWithinOneIterationWhenCancelledOrPaused() {
        TrainingSession session = new TrainingSession(small(), null);
        List<TrainingSnapshot> seen = new ArrayList<>();
        session.addListener(seen::add);
        AtomicInteger calls = new AtomicInteger();
        session.run(() -> calls.incrementAndGet() > 4);
        assertEquals(4, seen.size());
        session.addListener(s -> {
            if (s.iteration() == 6) {
                session.requestPause();
            }
        });
        session.run(() -> false);
        assertEquals(6, session.iteration());
    }

    /**
     * The held-out NLL comes at the first and every tenth iteration, and it is the model's NLL of the
     * held-out points: the same number a frozen copy of the model gives for them, and not the one it
     * gives for the drawn points that training uses.
     */
    @Test
    void theHeldOutNllIsReportedEveryTenthIterationOnHeldOutPointsOnly() {
        PointSet drawn = DensityData.preset("8gaussians", 1.0, 5).named("custom");
        TrainingSession session = new TrainingSession(small().withData("custom", "mle", null), drawn);
        assertEquals(400, session.heldOut().size());
        assertEquals(1600, session.trainingPoints().size());
        List<TrainingSnapshot> seen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            seen.add(session.step());
        }
        for (TrainingSnapshot s : seen) {
            boolean expected = s.iteration() == 1 || s.iteration() % TrainingSession.HELD_OUT_EVERY == 0;
            assertEquals(expected, Double.isFinite(s.heldOutLoss()), "held-out NLL at iteration " + s.iteration());
        }
        FlowSnapshot model = session.freeze();
        double heldOut = -mean(model.logDensity(session.heldOut().toArray(), 1e-3, new int[1]));
        double trained = -mean(model.logDensity(session.trainingPoints().toArray(), 1e-3, new int[1]));
        assertEquals(heldOut, seen.get(19).heldOutLoss(), 1e-4);
        assertNotEquals(trained, seen.get(19).heldOutLoss(), 1e-4);
    }

    /** A preset's noise and data seed are in the checkpoint: the resumed session shows and holds out the same points. */
    @Test
    void aResumedSessionDrawsTheSamePresetSampleAndSplit() throws Exception {
        TrainingSession session = new TrainingSession(small().withSampling(1.5, 9), null);
        session.step();
        Path file = dir.resolve("noisy.ckpt");
        session.save(file);
        TrainingSession resumed = TrainingSession.resume(file);
        assertEquals(session.config(), resumed.config());
        assertEquals(session.data(), resumed.data());
        assertEquals(session.heldOut(), resumed.heldOut());
        assertEquals(DensityData.preset("moons", 1.5, 9), resumed.data());
    }

    /** kl learns from no data: nothing is held out, and the points shown frame its target, not the unused dataset. */
    @Test
    void klHoldsNothingOutAndShowsItsTargetNotTheDataset() {
        TrainingSession session = new TrainingSession(small().withData("moons", "kl", "two-circles"), null);
        assertEquals(0, session.heldOut().size());
        assertEquals("two-circles", session.data().name());
        assertTrue(Double.isNaN(session.step().heldOutLoss()));
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    @Test
    void aFailedIterationStopsTheRunAndKeepsTheLastGoodWeights() throws Exception {
        TrainingSession session = new TrainingSession(small().withSolver("dopri5", "direct"), null);
        session.step();
        float[] probe = {0.2f, 0.3f};
        double before = session.freeze().logDensity(probe, 1e-4, new int[1])[0];
        session.update(session.config().withTolerances(1e-7, 1e-7).withMaxSteps(3));
        TrainingSnapshot failed = session.run(() -> false);
        assertTrue(failed.failed(), "three steps cannot reach 1e-7");
        assertTrue(failed.message().startsWith("iteration 2 failed in the ODE solver:"), failed.message());
        assertEquals(1, session.iteration());
        assertEquals(before, session.freeze().logDensity(probe, 1e-4, new int[1])[0], 0.0);
    }

    @Test
    void aNonFiniteLossNamesTheSymptomAndTheRemedies() {
        // With a base variance of 1e-320, 1 / (2 variance) overflows, so every data point gets log p = -infinity.
        TrainingSession session = new TrainingSession(small().withModel("hyper", 16, 8, List.of(16), "tanh", 10, false, 4,
                1e-320, 3, "float64"), null);
        TrainingSnapshot s = session.step();
        assertTrue(s.failed());
        assertTrue(s.message().startsWith("the loss became Infinity at iteration 1; lower the learning rate"), s.message());
        assertEquals(0, session.iteration());
    }

    @Test
    void aDivergingRunSaysSoAndNamesTheLearningRate() {
        TrainingSession session = new TrainingSession(small().withTraining(9.9, 64, "exact", 0, 0), null);
        TrainingSnapshot s = session.run(() -> session.iteration() >= 20);
        assertTrue(s.failed(), "a learning rate of 9.9 diverges within 20 iterations");
        String text = s.failure().render(setting -> "<" + setting.name() + ">");
        assertTrue(text.startsWith("the loss diverged: it rose from "), text);
        assertTrue(text.endsWith("lower <LEARNING_RATE> (now 9.9), such as 0.99"), text);
    }
}
