package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.model.odenet.Architecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recipe's learning-rate decays scaled to a shorter run. */
class MnistExperimentTest {

    @Test
    void decaysKeepTheirFractionsOfTheRun() {
        MnistExperiment recipe = MnistExperiment.recipe(Architecture.ODENET);
        assertEquals(List.of(60, 100, 140), recipe.milestones());
        assertEquals(List.of(6, 10, 14), recipe.withEpochs(16).milestones());
        assertEquals(16, recipe.withEpochs(16).epochs());
        // 0.375, 0.625 and 0.875 of 4 epochs round to 2, 3 and 4; a decay at the last epoch's end is dropped.
        assertEquals(List.of(2, 3), recipe.withEpochs(4).milestones());
        assertEquals(List.of(), recipe.withEpochs(1).milestones());
        assertEquals(recipe, recipe.withEpochs(160));
    }
}
