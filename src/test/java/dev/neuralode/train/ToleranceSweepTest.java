package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.data.Mnist;
import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.model.odenet.BlockSolver;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Looser tolerances cost fewer evaluations; models without an adaptive ODE block are refused with the reason. */
class ToleranceSweepTest {

    private static MnistImages train;

    @BeforeAll
    static void data() throws Exception {
        Backend.start(1);
        train = Mnist.load(Mnist.DEFAULT_DIRECTORY).train();
    }

    private static MnistSession session(Architecture a) {
        return new MnistSession(MnistExperiment.recipe(a).withData(128, 32, false).withLearningRate(0.025), train);
    }

    @Test
    void theTrainingToleranceIsAddedOnce() {
        assertEquals(ToleranceSweep.TOLERANCES.length, ToleranceSweep.tolerancesWith(1e-3).length);
        double[] with = ToleranceSweep.tolerancesWith(2e-3);
        assertEquals(ToleranceSweep.TOLERANCES.length + 1, with.length);
        assertEquals(2e-3, with[4]);
        assertArrayEquals(new double[] {1e-1, 3e-2}, java.util.Arrays.copyOf(with, 2));
    }

    @Test
    void looserTolerancesTakeFewerEvaluations() {
        MnistSession s = session(Architecture.ODENET);
        s.step();
        double[] last = {0};
        ToleranceSweep.Result r = ToleranceSweep.run(FrozenClassifier.of(s), s.validationImages(), 64,
                p -> last[0] = p, () -> false);
        assertEquals(1, r.iteration());
        assertEquals(64, r.images());
        assertEquals(1e-3, r.trained());
        assertEquals(ToleranceSweep.TOLERANCES.length, r.points().size() + r.failures().size());
        List<ToleranceSweep.Point> points = r.points();
        assertTrue(points.get(0).nfe() < points.get(points.size() - 1).nfe(),
                "NFE at " + points.get(0).tol() + " and " + points.get(points.size() - 1).tol() + ": " + points);
        assertTrue(points.stream().allMatch(p -> p.seconds() > 0 && p.error() >= 0 && p.error() <= 1));
        assertEquals(1.0, last[0], 1e-9);
    }

    @Test
    void aCancelledSweepStopsAndModelsWithoutAdaptiveSolverAreRefused() {
        MnistSession s = session(Architecture.ODENET);
        ToleranceSweep.Result r = ToleranceSweep.run(FrozenClassifier.of(s), s.validationImages(), 64, p -> { }, () -> true);
        assertTrue(r.points().isEmpty());
        assertNull(ToleranceSweep.unsweepable(BlockSolver.odeNet()));
        assertNotNull(ToleranceSweep.unsweepable(null));
        String rk4 = ToleranceSweep.unsweepable(BlockSolver.rkNet());
        assertTrue(rk4.contains("rk4") && rk4.contains("dopri5"), rk4);
        MnistSession stem = session(Architecture.STEM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ToleranceSweep.run(FrozenClassifier.of(stem), stem.validationImages(), 8, p -> { }, () -> false));
        assertTrue(e.getMessage().contains("ODE-Net"), e.getMessage());
    }
}
