package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.ui.common.ExplorerExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplorerViewModelTest {

    @TempDir
    Path dir;

    private final ExplorerViewModel vm = new ExplorerViewModel(TestConfigs.small(), ExplorerExecutors.sameThread(), System::nanoTime);

    private void ready() {
        vm.start();
        vm.pulse();
    }

    private void draw() {
        vm.data().beginStroke();
        for (int k = 0; k < 8; k++) {
            vm.data().dab(-1 + 0.3 * k, 0.5);
        }
        vm.data().endStroke();
    }

    @Test
    void beforeAnyTrainingADataChangeSilentlyMakesANewModel() {
        ready();
        SessionHandle first = vm.training().session();
        draw();
        vm.pulse();
        assertTrue(first != vm.training().session());
        assertTrue(vm.training().session().config().isCustomData());
        assertEquals(vm.data().state().points().size(), vm.training().session().data().size());
        assertEquals("", vm.pendingResetProperty().get());
    }

    @Test
    void afterTrainingAModelChangeWaitsForReset() {
        ready();
        vm.training().step();
        vm.pulse();
        SessionHandle trained = vm.training().session();
        vm.settings().apply(c -> c.withModel(c.model(), 24, c.hidden(), c.hiddenDims(), c.activation(), c.endTime(),
                c.learnEndTime(), c.planarLayers(), c.baseVariance(), c.seed(), c.dtype()));
        assertSame(trained, vm.training().session());
        assertTrue(vm.pendingResetProperty().get().contains("width"), vm.pendingResetProperty().get());
        vm.reset();
        vm.pulse();
        assertEquals(24, vm.training().session().config().width());
        assertEquals("", vm.pendingResetProperty().get());
    }

    @Test
    void theRecoveryStateAppearsWithWorkAndChangesWithIt() throws Exception {
        assertNull(vm.recoveryState(), "no model yet");
        ready();
        assertNull(vm.recoveryState(), "an untrained preset model is nothing to lose");
        draw();
        vm.pulse();
        Object drawn = vm.recoveryState();
        assertNotNull(drawn, "drawn points are worth keeping before any training");
        vm.training().step();
        vm.pulse();
        Object trained = vm.recoveryState();
        assertNotEquals(drawn, trained);
        assertEquals(trained, vm.recoveryState(), "unchanged: the same state");
        vm.settings().apply(c -> c.withTolerances(3e-4, 3e-4));
        assertNotEquals(trained, vm.recoveryState(), "a live setting is a change");

        Path file = dir.resolve("recovery.ckpt");
        vm.snapshot().writeTo(file);
        ExplorerViewModel next = new ExplorerViewModel(TestConfigs.small(), ExplorerExecutors.sameThread(), System::nanoTime);
        next.start();
        next.pulse();
        next.open(file);
        next.pulse();
        assertEquals(1, next.training().iterationProperty().get());
        assertArrayEquals(vm.data().state().points().toArray(), next.data().state().points().toArray());
    }

    @Test
    void toleranceAndSolverChangesApplyLive() {
        ready();
        vm.training().step();
        vm.pulse();
        SessionHandle trained = vm.training().session();
        vm.settings().apply(c -> c.withTolerances(3e-4, 3e-4).withSolver("bosh3", "direct"));
        assertSame(trained, vm.training().session());
        CnfExperiment live = trained.session().config();
        assertEquals(3e-4, live.rtol());
        assertEquals("bosh3", live.method());
        assertEquals("", vm.pendingResetProperty().get());
    }

    @Test
    void stiffnessRemediesReachTheSession() {
        ready();
        vm.loosenTolerance();
        assertEquals(1e-2, vm.training().session().session().config().rtol(), 1e-12);
        vm.switchToFixedStep();
        vm.addKineticRegularisation();
        CnfExperiment live = vm.training().session().session().config();
        assertEquals("rk4", live.method());
        assertTrue(live.kineticWeight() > 0);
    }

    @Test
    void saveThenOpenRestoresTheConfigAndTheDrawnData() throws Exception {
        ready();
        draw();
        vm.pulse();
        vm.settings().apply(c -> c.withTolerances(2e-3, 5e-4));
        vm.training().step();
        vm.pulse();
        CnfExperiment saved = vm.settings().draft();
        float[] points = vm.data().state().points().toArray();
        Path file = dir.resolve("drawn.ckpt");
        vm.save(file);
        assertTrue(Files.size(file) > 0);

        vm.data().clear();
        vm.settings().apply(c -> c.withTolerances(1e-5, 1e-5));
        vm.open(file);
        vm.pulse();
        assertEquals(saved, vm.settings().draft());
        assertEquals(saved, vm.training().session().config());
        assertArrayEquals(points, vm.data().state().points().toArray());
        assertEquals("custom", vm.data().state().dataset());
        assertEquals(1, vm.training().iterationProperty().get());
        assertEquals("", vm.pendingResetProperty().get());
    }

    @Test
    void theFrontierIsClearedByResetAndByADataChangeAndMarksTheTrainingTolerance() {
        ready();
        vm.training().step();
        vm.pulse();
        assertEquals(1e-3, vm.frontier().trainingToleranceProperty().get());
        vm.frontier().run(vm.training().session());
        assertTrue(vm.frontier().resultProperty().get() != null, vm.frontier().messageProperty().get());
        assertEquals(1e-3, vm.frontier().trainingPoint().tol());
        vm.reset();
        vm.pulse();
        assertEquals(null, vm.frontier().resultProperty().get(), "Reset: a new model");

        vm.frontier().run(vm.training().session());
        assertTrue(vm.frontier().resultProperty().get() != null);
        vm.data().select("circles");
        assertEquals(null, vm.frontier().resultProperty().get(), "other data");

        vm.settings().apply(c -> c.withSolver("rk4", c.sensitivity()));
        assertTrue(Double.isNaN(vm.frontier().trainingToleranceProperty().get()), "a fixed step has no tolerance");
    }

    @Test
    void openingAnExperimentBringsBackItsMetricsHistory() throws Exception {
        ready();
        for (int i = 0; i < 3; i++) {
            vm.training().step();
        }
        vm.pulse();
        double[] losses = vm.training().history().column(dev.neuralode.ui.common.MetricsHistory.Column.LOSS, 0, 3);
        Path file = dir.resolve("history.ckpt");
        vm.save(file);
        vm.reset();
        vm.pulse();
        assertEquals(0, vm.training().history().size());
        vm.open(file);
        vm.pulse();
        assertEquals(3, vm.training().history().size());
        assertArrayEquals(losses, vm.training().history().column(dev.neuralode.ui.common.MetricsHistory.Column.LOSS, 0, 3), 1e-9);
        vm.training().step();
        vm.pulse();
        assertEquals(4, vm.training().history().size(), "training goes on from the restored history");
        assertEquals(4, vm.training().history().value(dev.neuralode.ui.common.MetricsHistory.Column.ITERATION, 3));
    }
}
