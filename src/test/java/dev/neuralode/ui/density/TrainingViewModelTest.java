package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.data.PointSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine executor runs each task on the calling thread, so every call here completes before it returns. */
class TrainingViewModelTest {

    @TempDir
    Path dir;

    private final TrainingViewModel vm = new TrainingViewModel(Runnable::run);

    private void started() {
        vm.reset(TestConfigs.small(), null);
        assertNull(vm.session(), "a session appears only when a pulse applies it");
        vm.pulse();
        assertNotNull(vm.session());
    }

    @Test
    void stepAddsOneIterationToTheHistoryOnThePulse() {
        started();
        vm.step();
        assertEquals(0, vm.iterationProperty().get(), "nothing changes before the pulse");
        vm.pulse();
        assertEquals(1, vm.iterationProperty().get());
        assertEquals(1, vm.history().size());
        assertTrue(vm.latestProperty().get().nfeForward() > 0);
        assertTrue(vm.statusProperty().get().startsWith("Iteration 1:"), vm.statusProperty().get());
    }

    @Test
    void playRunsUntilPausedAndEveryIterationReachesTheHistory() {
        started();
        vm.session().session().addListener(s -> {
            if (s.iteration() == 3) {
                vm.pause();
            }
        });
        vm.play();
        assertTrue(vm.loopingProperty().get(), "the loop's end is applied on the pulse");
        vm.pulse();
        assertEquals(3, vm.iterationProperty().get());
        assertEquals(3, vm.history().size());
        assertFalse(vm.runningProperty().get());
        assertFalse(vm.loopingProperty().get());
    }

    @Test
    void resetStartsOverAndDropsTheOldSessionsNews() {
        started();
        SessionHandle first = vm.session();
        vm.step();
        vm.reset(TestConfigs.small(), null);
        vm.pulse();
        assertEquals(0, vm.iterationProperty().get());
        assertEquals(0, vm.history().size());
        assertTrue(first != vm.session());
        assertEquals(2, vm.session().generation());
    }

    @Test
    void updateChangesTheSessionsToleranceFromTheNextIteration() {
        started();
        vm.update(TestConfigs.small().withTolerances(1e-4, 2e-4));
        assertEquals(1e-4, vm.session().session().config().rtol());
        assertEquals(2e-4, vm.config().atol());
    }

    @Test
    void aSessionThatCannotBeCreatedSaysWhy() {
        List<String> errors = new ArrayList<>();
        vm.setOnError(errors::add);
        vm.reset(TestConfigs.small().withData("custom", "mle", null), new PointSet("custom", new float[0]));
        vm.pulse();
        assertNull(vm.session());
        assertFalse(vm.busyProperty().get());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("draw or import"), errors.get(0));
    }

    @Test
    void aFileThatCannotBeOpenedKeepsTheCurrentSession() throws Exception {
        started();
        SessionHandle current = vm.session();
        List<String> errors = new ArrayList<>();
        vm.setOnError(errors::add);
        Path junk = Files.writeString(dir.resolve("junk.ckpt"), "not a zip");
        vm.open(junk);
        vm.pulse();
        assertSame(current, vm.session());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("junk.ckpt"), errors.get(0));
    }

    @Test
    void anOpenedSessionReplacesTheCurrentOneAtItsIteration() throws Exception {
        started();
        vm.step();
        vm.step();
        vm.pulse();
        Path file = dir.resolve("run.ckpt");
        vm.session().session().save(file);
        List<SessionHandle> opened = new ArrayList<>();
        vm.setOnOpened(opened::add);
        vm.reset(TestConfigs.small(), null);
        vm.pulse();
        vm.open(file);
        vm.pulse();
        assertEquals(1, opened.size());
        assertSame(opened.get(0), vm.session());
        assertEquals(2, vm.iterationProperty().get());
        assertEquals(0, vm.history().size());
    }

    private static dev.neuralode.train.TrainingSnapshot withSmallestStep(double step) {
        dev.neuralode.train.StepTrace trace = new dev.neuralode.train.StepTrace(new double[] {0, step, 0.5},
                new double[] {step, 0.5 - step, 0.5}, new double[] {0.5, 0.5, 0.5}, new boolean[] {true, true, true});
        return new dev.neuralode.train.TrainingSnapshot(1, 1.0, 20, 20, 0.01, 0.01, trace,
                dev.neuralode.train.TrainingSnapshot.Status.RUNNING, null);
    }

    @Test
    void theStiffnessWarningClearsWhenTheSymptomDoesAndWhenTheSolverSettingsChange() {
        started();
        vm.iterated(withSmallestStep(1e-6));
        assertTrue(vm.stiffnessWarningProperty().get().contains("smallest step"), vm.stiffnessWarningProperty().get());
        for (int i = 0; i < StiffnessMonitor.CLEAR_AFTER; i++) {
            vm.iterated(withSmallestStep(0.2));
        }
        assertEquals("", vm.stiffnessWarningProperty().get());
        vm.iterated(withSmallestStep(1e-6));
        assertFalse(vm.stiffnessWarningProperty().get().isEmpty());
        vm.update(TestConfigs.small().withTolerances(1e-1, 1e-1));
        assertEquals("", vm.stiffnessWarningProperty().get(), "new tolerances: watched afresh");
    }
}
