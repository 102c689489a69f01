package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.data.Mnist;
import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.model.odenet.BlockSolver;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A frozen copy measures what the session measured, and stays put while the session trains on. */
class FrozenClassifierTest {

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
    void aCopyEvaluatesAsTheSessionDidAndIgnoresLaterIterations() {
        MnistSession s = session(Architecture.ODENET);
        s.step();
        s.step();
        MnistImages validation = s.validationImages();
        MnistSession.Evaluation live = s.evaluate(validation, 100);
        FrozenClassifier frozen = FrozenClassifier.of(s);
        assertEquals(2, frozen.iteration());
        MnistSession.Evaluation copy = frozen.evaluate(validation, 100);
        assertEquals(live.error(), copy.error(), 1e-12);
        assertEquals(live.meanNfe(), copy.meanNfe(), 1e-12);
        assertEquals(100, copy.images());
        for (int i = 0; i < 3; i++) {
            s.step();
        }
        assertEquals(copy.error(), frozen.evaluate(validation, 100).error(), 1e-12, "the copy did not train on");
    }

    @Test
    void anotherSolverIsUsedForOneEvaluationOnly() {
        FrozenClassifier frozen = FrozenClassifier.of(session(Architecture.ODENET));
        MnistImages validation = train.subset(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        BlockSolver euler = new BlockSolver("euler", 1e-3, 1e-3, 0.5, false);
        int[] reported = {0};
        MnistSession.Evaluation e = frozen.evaluate(validation, 0, euler, n -> reported[0] = n, () -> false);
        assertEquals(2, e.meanNfe(), 1e-12, "two Euler steps of 0.5");
        assertEquals(8, reported[0]);
        assertTrue(frozen.evaluate(validation, 0).meanNfe() > 2, "dopri5 again afterwards");
        MnistSession.Evaluation cancelled = frozen.evaluate(validation, 0, euler, n -> { }, () -> true);
        assertEquals(0, cancelled.images());
    }

    @Test
    void aNewSolverIsTrainedWithAndSaved(@TempDir Path dir) throws Exception {
        MnistSession s = session(Architecture.ODENET);
        BlockSolver loose = BlockSolver.odeNet().withTolerances(1e-1, 1e-1);
        s.setSolver(loose);
        assertEquals(1e-1, s.config().rtol());
        assertEquals(loose, s.model().solver());
        s.step();
        Path file = dir.resolve("loose.ckpt");
        s.save(file);
        assertEquals(loose, MnistSession.resume(file, train).model().solver());
        s.setSolver(new BlockSolver("dopri5", 1e-1, 1e-1, 0.25, true));
        TrainingSnapshot adjoint = s.step();
        assertTrue(adjoint.nfeBackward() > 0, "the adjoint solves backwards: " + adjoint);
        assertTrue(s.config().adjoint());
        MnistSession stem = session(Architecture.STEM);
        assertThrows(IllegalStateException.class, () -> stem.setSolver(loose));
        assertNull(FrozenClassifier.of(stem).trainedSolver());
    }
}
