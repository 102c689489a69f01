package dev.neuralode.ui.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.data.DataFileException;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.train.Advice;
import dev.neuralode.train.LatentExperiment;
import dev.neuralode.train.Setting;
import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every executor runs on the calling thread, so a session, an iteration or an inference is done when the call returns. */
class LatentViewModelTest {

    /** Ten spirals of ten observations at a loose tolerance: each inference takes milliseconds. */
    static final LatentExperiment SMALL = LatentExperiment.defaults().withData(10, 8).withObservations(10).withTolerance(1e-3);

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();
    private LatentViewModel vm;

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    @BeforeEach
    void started() {
        vm = new LatentViewModel(SMALL, Runnable::run, Runnable::run, Runnable::run, Runnable::run, clock::get);
        vm.start();
        vm.pulse();
        assertNotNull(vm.training().session());
    }

    private IrregularSeries shown() {
        return vm.editedProperty().get().series();
    }

    @Test
    void theFirstSpiralIsShownWithItsPosterior() {
        assertEquals(10, vm.examplesProperty().get().size());
        assertEquals(0, vm.selectedProperty().get());
        assertEquals(10, shown().size());
        assertEquals(1, vm.revisionProperty().get());
        LatentViewModel.Inference inf = vm.inferredProperty().get();
        assertEquals(LatentViewModel.SAMPLES, inf.prediction().sampleCount());
        assertEquals(LatentViewModel.PREDICTION_POINTS, inf.prediction().times().length);
        assertTrue(inf.prediction().times()[0] < 0, "the trajectory reaches back before the first observation");
    }

    @Test
    void theRecoveryStateAppearsWithAnEditAndTheSnapshotKeepsIt() throws Exception {
        assertNull(vm.recoveryState(), "untrained, unedited: nothing to lose");
        vm.click(20, 20, false, 0.1);
        Object edited = vm.recoveryState();
        assertNotNull(edited);
        assertEquals(edited, vm.recoveryState());
        vm.click(-20, 20, false, 0.1);
        assertNotEquals(edited, vm.recoveryState(), "every edit is a change");

        IrregularSeries series = shown();
        Path file = dir.resolve("recovery.ckpt");
        vm.snapshot().writeTo(file);
        LatentViewModel next = new LatentViewModel(SMALL, Runnable::run, Runnable::run, Runnable::run, Runnable::run, clock::get);
        next.start();
        next.pulse();
        next.open(file);
        next.pulse();
        assertEquals(series, next.editedProperty().get().series());
    }

    @Test
    void aClickAwayFromTheObservationsAddsOneAndReinfers() {
        double[] mean = vm.inferredProperty().get().prediction().mean()[80].clone();
        vm.click(20, 20, false, 0.1);
        assertEquals(11, shown().size());
        assertEquals(2, vm.revisionProperty().get());
        LatentViewModel.Inference inf = vm.inferredProperty().get();
        assertEquals(11, inf.prediction().observedTimes().length, "the posterior saw the new observation");
        assertFalse(mean[0] == inf.prediction().mean()[80][0] && mean[1] == inf.prediction().mean()[80][1],
                "the reconstruction changed");
        assertTrue(vm.messageProperty().get().startsWith("Added an observation at t = "), vm.messageProperty().get());
    }

    @Test
    void aClickOnAnObservationOrARightClickRemovesIt() {
        IrregularSeries s = shown();
        vm.click(s.x(3), s.y(3), false, 0.1);
        assertEquals(9, shown().size());
        vm.click(100, 100, true, 0.1);
        assertEquals(8, shown().size());
        vm.undo();
        vm.undo();
        assertEquals(s, shown(), "undo restores the series");
    }

    @Test
    void aRefusedEditLeavesTheSeriesAndSaysWhy() {
        vm.select(1);
        for (int i = 0; i < 9; i++) {
            vm.click(0, 0, true, 0.1);
        }
        assertEquals(1, shown().size());
        long revision = vm.revisionProperty().get();
        vm.click(0, 0, true, 0.1);
        assertEquals(1, shown().size());
        assertTrue(vm.messageProperty().get().contains("last observation"), vm.messageProperty().get());
        assertEquals(revision, vm.revisionProperty().get());
    }

    @Test
    void changingNStartsANewModelOnNewSubsamples() {
        vm.training().step();
        vm.pulse();
        assertEquals(1, vm.training().iterationProperty().get());
        vm.setObservations(30);
        vm.pulse();
        assertEquals(0, vm.training().iterationProperty().get());
        assertEquals(30, shown().size());
        assertEquals(30, vm.training().session().session().experiment().observations());
    }

    @Test
    void thePoissonLikelihoodAddsAnIntensity() {
        assertNull(vm.inferredProperty().get().prediction().intensity());
        vm.setPoisson(true);
        vm.pulse();
        assertNotNull(vm.inferredProperty().get().prediction().intensity());
    }

    @Test
    void importingACsvShowsItsSeriesAndAMalformedOneNamesTheLine() throws Exception {
        Path good = Files.writeString(dir.resolve("mine.csv"), "series_id,t,x,y\na,1,0.5,0.5\na,2,1,1\na,3.5,2,1\nb,0,1,1\nb,1,2,2\n");
        vm.importSeries(good);
        assertEquals(2, vm.examplesProperty().get().size());
        assertEquals("mine.csv", vm.sourceProperty().get());
        assertEquals(0.0, shown().time(0), "shifted to start at t = 0");
        assertEquals(3, vm.inferredProperty().get().prediction().observedTimes().length);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,0,1,1\na,1,x,2\n");
        DataFileException e = assertThrows(DataFileException.class, () -> vm.importSeries(bad));
        assertEquals(2, e.line());
        assertEquals("mine.csv", vm.sourceProperty().get(), "the imported series stay");
        vm.useSpirals();
        assertEquals(10, vm.examplesProperty().get().size());
    }

    @Test
    void whileTrainingThePosteriorFollowsNewIterationsAtMostOncePerInterval() {
        java.util.Queue<Runnable> engine = new java.util.ArrayDeque<>();
        LatentViewModel live = new LatentViewModel(SMALL, engine::add, Runnable::run, Runnable::run, Runnable::run, clock::get);
        live.start();
        engine.poll().run();
        live.pulse();
        long afterStart = live.inferencesRequested();
        live.training().play();
        // The loop stays queued; the session is stepped by hand, as the engine thread would.
        live.training().session().session().step();
        clock.addAndGet(LatentViewModel.LIVE_INFERENCE_NANOS);
        live.pulse();
        assertEquals(1, live.training().iterationProperty().get());
        assertEquals(afterStart + 1, live.inferencesRequested(), "a new iteration while training: a new posterior");
        assertEquals(1, live.inferredProperty().get().iteration());
        live.training().session().session().step();
        live.pulse();
        assertEquals(afterStart + 1, live.inferencesRequested(), "not again within the interval");
        clock.addAndGet(LatentViewModel.LIVE_INFERENCE_NANOS);
        live.pulse();
        assertEquals(afterStart + 2, live.inferencesRequested());
        clock.addAndGet(LatentViewModel.LIVE_INFERENCE_NANOS);
        live.pulse();
        assertEquals(afterStart + 2, live.inferencesRequested(), "no new iteration, no new inference");
        live.close();
    }

    @Test
    void aFailedIterationRaisesTheBannerAndAResetClearsIt() {
        vm.training().iterated(new TrainingSnapshot(3, Double.NaN, 0, 0, 0.1, 1, StepTrace.EMPTY,
                TrainingSnapshot.Status.FAILED, new Advice("the loss became NaN at iteration 3; lower " + Advice.slot(Setting.LEARNING_RATE))));
        String banner = vm.training().failureProperty().get();
        assertEquals("Iteration 3 failed and the weights were rolled back: the loss became NaN at iteration 3; lower the"
                + " Learning rate (Adam) control", banner, "the remedy names the tab's control");
        vm.reset();
        assertEquals("", vm.training().failureProperty().get());
    }

    @Test
    void theLatentViewProjectsOnPrincipalComponentsOrTwoDimensions() {
        LatentViewModel.Inference inf = vm.inferredProperty().get();
        double[][] z = inf.prediction().latent();
        double[][] raw = new ProjectionChoice(false, 2, 0).of(inf.prediction()).apply(z);
        assertEquals(z[7][2], raw[7][0]);
        assertEquals(z[7][0], raw[7][1]);
        assertTrue(ProjectionChoice.PCA.of(inf.prediction()).labels()[0].startsWith("PC1 ("));
    }

    @Test
    void aNewModelOnTheSameSpiralsKeepsTheEditsAndNewSpiralsShowFresh() {
        vm.select(2);
        vm.click(20, 20, false, 0.1);
        IrregularSeries edited = shown();
        assertEquals(11, edited.size());
        vm.setPoisson(true);
        vm.pulse();
        assertEquals(edited, shown(), "switching the likelihood keeps the series and its edits");
        assertNotNull(vm.inferredProperty().get().prediction().intensity(), "and infers it with the new model");
        vm.reset();
        vm.pulse();
        assertEquals(edited, shown(), "so does Reset");
        vm.setObservations(30);
        vm.pulse();
        assertEquals(2, vm.selectedProperty().get());
        assertEquals(30, shown().size(), "new spirals: the series is shown as it is");
        assertFalse(vm.editedProperty().get().edited());
    }

    @Test
    void wouldLoseNamesTheTrainedModelAndTheEdits() {
        assertNull(vm.wouldLose(true), "nothing trained, nothing edited: nothing to ask");
        vm.click(20, 20, false, 0.1);
        assertNull(vm.wouldLose(false), "edits that stay are not lost");
        assertTrue(vm.wouldLose(true).startsWith("your edits of spiral"), vm.wouldLose(true));
        vm.training().step();
        vm.pulse();
        assertEquals("the model trained for 1 iteration", vm.wouldLose(false));
        assertTrue(vm.wouldLose(true).matches("the model trained for 1 iteration and your edits of spiral .* \\(11 observations\\)"),
                vm.wouldLose(true));
    }

    @Test
    void openBringsBackTheModelTheSeriesItsEditsAndTheMetrics() {
        vm.training().step();
        vm.training().step();
        vm.pulse();
        vm.select(3);
        vm.click(20, 20, false, 0.1);
        IrregularSeries edited = shown();
        double loss = vm.training().history().value(dev.neuralode.ui.common.MetricsHistory.Column.LOSS, 1);
        Path file = dir.resolve("run.ckpt");
        vm.save(file);
        assertEquals("Done: save the latent experiment to run.ckpt", vm.jobs().messageProperty().get());

        vm.setPoisson(true);
        vm.select(0);
        vm.pulse();
        assertEquals(0, vm.training().iterationProperty().get());
        vm.open(file);
        vm.pulse();
        assertEquals(2, vm.training().iterationProperty().get());
        assertEquals(SMALL, vm.experimentProperty().get(), "the saved settings are back");
        assertEquals(3, vm.selectedProperty().get());
        assertEquals(edited, shown(), "the edited series is back");
        assertEquals(2, vm.training().history().size(), "the charts' history is back");
        assertEquals(loss, vm.training().history().value(dev.neuralode.ui.common.MetricsHistory.Column.LOSS, 1), 0.0);
        assertEquals(edited.size(), vm.inferredProperty().get().prediction().observedTimes().length,
                "the posterior is inferred for it");
        vm.undo();
        assertEquals(edited, shown(), "an opened view has no undo history");
        vm.training().step();
        vm.pulse();
        assertEquals(3, vm.training().iterationProperty().get(), "training goes on");
    }

    @Test
    void anImportedViewComesBackFromItsFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("mine.csv"), "series_id,t,x,y\na,1,0.5,0.5\na,2,1,1\na,3.5,2,1\nb,0,1,1\nb,1,2,2\n");
        vm.importSeries(csv);
        vm.select(1);
        Path file = dir.resolve("imported.ckpt");
        vm.save(file);
        vm.useSpirals();
        vm.open(file);
        vm.pulse();
        assertEquals("mine.csv", vm.sourceProperty().get());
        assertEquals(2, vm.examplesProperty().get().size());
        assertEquals(1, vm.selectedProperty().get());
        assertEquals(2, shown().size());
        assertTrue(vm.showsImported());
    }

    @Test
    void aFileThatCannotBeOpenedKeepsTheSessionAndNamesTheFileAndTheFix() throws Exception {
        java.util.List<String> errors = new java.util.ArrayList<>();
        vm.training().setOnError(errors::add);
        LatentHandle before = vm.training().session();
        vm.open(Files.writeString(dir.resolve("bad.ckpt"), "this is not an experiment"));
        vm.pulse();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not open bad.ckpt: bad.ckpt is not a checkpoint of this program"), errors.get(0));
        assertTrue(errors.get(0).contains("Choose a .ckpt file saved on the Latent ODE tab"), errors.get(0));
        assertEquals(before, vm.training().session(), "the current session stays");
    }
}
