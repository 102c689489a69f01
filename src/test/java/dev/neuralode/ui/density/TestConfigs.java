package dev.neuralode.ui.density;

import dev.neuralode.train.CnfExperiment;
import java.util.List;

/** A model small enough that an iteration takes milliseconds, for tests. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** Hypernetwork width 16, hidden 8, batch 64, tolerances 1e-3, on moons. */
    public static CnfExperiment small() {
        return CnfExperiment.defaults()
                .withModel("hyper", 16, 8, List.of(64, 64, 64), "tanh", 10.0, false, 32, 0.1, 0, "float32")
                .withTraining(1e-3, 64, "exact", 0, 0)
                .withTolerances(1e-3, 1e-3);
    }
}
