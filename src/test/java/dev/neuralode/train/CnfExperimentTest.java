package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CnfExperimentTest {

    @Test
    void jsonRoundTripIsIdentical() {
        CnfExperiment a = CnfExperiment.defaults().withModel("mlp", 16, 8, List.of(32, 16), "softplus", 0.5, true, 4, 1.0, 42,
                "float64").withTraining(3e-4, 128, "hutchinson-rademacher", 0.01, 0.02).withData("custom", "mle", null);
        String json = a.toJson();
        CnfExperiment b = CnfExperiment.fromJson(json);
        assertEquals(a, b);
        assertEquals(json, b.toJson());
    }

    @Test
    void badValuesAreNamedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.defaults().withTolerances(-1e-3, 1e-5));
        assertEquals("rtol must be in (0, 1), such as 1e-5, was -0.001", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.defaults().withSolver("rk45", "adjoint"));
        assertTrue(e.getMessage().startsWith("method must be ") && e.getMessage().contains("dopri5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.defaults().withTolerances(1e-9, 1e-9));
        assertTrue(e.getMessage().startsWith("rtol must be at least 1.0E-7 in float32"), e.getMessage());
    }

    @Test
    void theOptimizerIsAdamByDefaultRmspropOnRequestAndNamedWhenWrong() {
        CnfExperiment planar = CnfExperiment.defaults().withData("moons", "kl", "two-moons").withModel("planar", 64, 32,
                List.of(64), "tanh", 10, false, 4, 1, 0, "float32");
        assertEquals("adam", planar.optimizer());
        assertTrue(new DensityTrainer(planar, null).optimizer() instanceof dev.neuralode.nn.Adam);
        CnfExperiment rms = planar.withOptimizer("rmsprop", 1e-3);
        assertTrue(new DensityTrainer(rms, null).optimizer() instanceof dev.neuralode.nn.RMSprop);
        assertTrue(planar.needsNewModel(rms), "a new optimizer starts from fresh state");
        assertEquals(rms, CnfExperiment.fromJson(rms.toJson()));
        String old = CnfExperiment.defaults().toJson().replaceAll(",\\s*\"optimizer\"\\s*:\\s*\"adam\"", "");
        assertFalse(old.contains("optimizer"), old);
        assertEquals("adam", CnfExperiment.fromJson(old).optimizer(), "configs saved before the field read as Adam");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> planar.withOptimizer("sgd", 1e-3));
        assertTrue(e.getMessage().startsWith("optimizer must be adam or rmsprop"), e.getMessage());
    }

    @Test
    void float64MeetsTolerancesFloat32CannotMeet() {
        CnfExperiment d = CnfExperiment.defaults();
        CnfExperiment f64 = d.withModel(d.model(), d.width(), d.hidden(), d.hiddenDims(), d.activation(), d.endTime(),
                d.learnEndTime(), d.planarLayers(), d.baseVariance(), d.seed(), "float64");
        assertEquals(1e-9, f64.withTolerances(1e-9, 1e-9).rtol());
        assertThrows(IllegalArgumentException.class, () -> f64.withTolerances(1e-16, 1e-9));
    }

    @Test
    void malformedJsonNamesTheProblem() {
        String renamed = CnfExperiment.defaults().toJson().replace("\"rtol\"", "\"rtolerance\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.fromJson(renamed));
        assertEquals("not a valid experiment config: property 'rtol' is missing", e.getMessage());
        String extra = CnfExperiment.defaults().toJson().replace("\"rtol\"", "\"speed\" : 3,\n  \"rtol\"");
        e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.fromJson(extra));
        assertEquals("not a valid experiment config: unknown property 'speed'; remove it or check its spelling", e.getMessage());
        String range = CnfExperiment.defaults().toJson().replace("\"batchSize\" : 512", "\"batchSize\" : 0");
        e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.fromJson(range));
        assertEquals("not a valid experiment config: batchSize must be between 1 and 100000, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnfExperiment.fromJson("{ not json"));
        assertTrue(e.getMessage().startsWith("not a valid experiment config"), e.getMessage());
    }

    /** Files saved before the noise scale and the data seed existed open with the values they were made with. */
    @Test
    void configsSavedBeforeNoiseAndDataSeedOpenWithTheirDefaults() {
        CnfExperiment a = CnfExperiment.defaults().withData("circles", "mle", null);
        String old = a.toJson().replaceAll(",\\s*\"noise\" : [^,}]+", "").replaceAll(",\\s*\"dataSeed\" : [^,}]+", "");
        assertFalse(old.contains("noise") || old.contains("dataSeed"), old);
        CnfExperiment b = CnfExperiment.fromJson(old);
        assertEquals(1.0, b.noise());
        assertEquals(0L, b.dataSeed());
        assertEquals(a, b);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.withSampling(-0.5, 0));
        assertEquals("noise must be between 0 and 5 (1 is the dataset's own noise), was -0.5", e.getMessage());
    }

    @Test
    void noiseAndDataSeedNeedANewModel() {
        CnfExperiment a = CnfExperiment.defaults();
        assertTrue(a.needsNewModel(a.withSampling(2, 0)));
        assertTrue(a.needsNewModel(a.withSampling(1, 7)));
        assertFalse(a.needsNewModel(a.withSampling(1, 0)));
    }

    @Test
    void solverChangesKeepTheModelAndModelChangesDoNot() {
        CnfExperiment a = CnfExperiment.defaults();
        assertFalse(a.needsNewModel(a.withTolerances(1e-3, 1e-3).withSolver("rk4", "direct")));
        assertTrue(a.needsNewModel(a.withModel("hyper", 32, 32, a.hiddenDims(), "tanh", 10, false, 32, 0.1, 0, "float32")));
        assertTrue(a.needsNewModel(a.withData("circles", "mle", null)));
    }
}
