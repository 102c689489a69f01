package dev.neuralode.ui.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.ode.UnknownMethodException;
import dev.neuralode.train.MnistExperiment;
import org.junit.jupiter.api.Test;

/** The sidebar's choices become the paper's recipe with them, and say when they need a new model. */
class ClassifierSettingsTest {

    @Test
    void theSmallSubsetIsTheRecipeOnTwoThousandDigitsInBatchesOfThirtyTwo() {
        MnistExperiment e = ClassifierSettings.DEFAULT.experiment();
        assertEquals("odenet", e.model());
        assertEquals("dopri5", e.method());
        assertEquals(2_000, e.trainImages());
        assertEquals(32, e.batchSize());
        assertFalse(e.augment());
        MnistExperiment full = ClassifierSettings.DEFAULT.withSmallSubset(false).experiment();
        assertEquals(MnistExperiment.recipe(Architecture.ODENET), full);
        assertEquals(ClassifierSettings.DEFAULT, ClassifierSettings.of(e));
    }

    @Test
    void switchingModelBringsItsSolverAndOnlyModelOrDataNeedANewModel() {
        ClassifierSettings rk = ClassifierSettings.DEFAULT.withModel(Architecture.RKNET);
        assertEquals("rk4", rk.method());
        assertFalse(rk.adaptive());
        assertEquals("dopri5", rk.withModel(Architecture.ODENET).method());
        assertTrue(rk.needsNewModel(ClassifierSettings.DEFAULT));
        assertTrue(ClassifierSettings.DEFAULT.withSmallSubset(false).needsNewModel(ClassifierSettings.DEFAULT));
        ClassifierSettings solver = ClassifierSettings.DEFAULT.withMethod("tsit5").withTolerance(1e-4).withAdjoint(true);
        assertFalse(solver.needsNewModel(ClassifierSettings.DEFAULT));
        assertEquals(1e-4, solver.solver().atol());
        assertTrue(solver.experiment().adjoint());
        assertFalse(ClassifierSettings.DEFAULT.withModel(Architecture.STEM).hasOde());
        assertThrows(UnknownMethodException.class, () -> ClassifierSettings.DEFAULT.withMethod("rk5"));
    }
}
