package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The paper's density matching (Figure 4): KL(q || p) against an analytic target falls for both flows. */
class DensityMatchingTest {

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hyper", "planar"})
    void klAgainstTheTargetFalls(String model) {
        CnfExperiment config = CnfExperiment.defaults().withData("two-moons", "kl", "two-moons")
                .withModel(model, 16, 8, List.of(16), "tanh", 1.0, false, 8, 1.0, 5, "float32")
                .withTraining(1e-2, 128, "exact", 0, 0).withTolerances(1e-3, 1e-3);
        TrainingSession session = new TrainingSession(config, null);
        double first = 0;
        double last = 0;
        for (int i = 1; i <= 60; i++) {
            TrainingSnapshot s = session.step();
            assertFalse(s.failed(), s.message());
            if (i <= 5) {
                first += s.loss() / 5;
            }
            if (i > 55) {
                last += s.loss() / 5;
            }
        }
        assertTrue(last < first - 0.3, model + ": KL went from " + first + " to " + last);
    }
}
