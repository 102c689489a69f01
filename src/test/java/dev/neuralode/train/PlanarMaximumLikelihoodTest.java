package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A planar flow trained by maximum likelihood reads data to base (the paper's Figure 5 baseline). */
class PlanarMaximumLikelihoodTest {

    private static CnfExperiment planarMle() {
        return CnfExperiment.defaults().withData("circles", "mle", null)
                .withModel("planar", 64, 32, List.of(64), "tanh", 10, false, 8, 1, 3, "float32")
                .withTraining(1e-2, 256, "exact", 0, 0).withOptimizer("rmsprop", 1e-2);
    }

    @Test
    void trainingLowersTheHeldOutNllAndTheDensityGridIsNormalised() {
        TrainingSession session = new TrainingSession(planarMle(), null);
        double first = session.step().heldOutLoss();
        TrainingSnapshot last = null;
        for (int i = 0; i < 99; i++) {
            last = session.step();
        }
        assertTrue(Double.isFinite(first) && last.heldOutLoss() < first, first + " -> " + last.heldOutLoss());
        FlowSnapshot frozen = session.freeze();
        double[] bounds = {-6, 6, -6, 6};
        assertEquals(1.0, frozen.densityGrid(1.0, bounds, 120, 1e-5).mass(), 0.02, "exact density integrates to one");
        assertEquals(1.0, frozen.densityGrid(0.5, bounds, 120, 1e-5).mass(), 0.02, "part-way densities too");
        assertFalse(frozen.drawsSamples());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> frozen.trajectories(10, 2, 1e-5, 0));
        assertTrue(e.getMessage().contains("draws no samples"), e.getMessage());
    }
}
