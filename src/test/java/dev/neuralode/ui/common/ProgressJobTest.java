package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** A long measurement reports progress and its result, and a result of a model that is gone is dropped. */
class ProgressJobTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    @Test
    void theResultArrivesWithItsMessage() {
        ProgressJob<String> job = new ProgressJob<>(Runnable::run, Runnable::run, "idle");
        job.start("Working...", (progress, cancel) -> {
            progress.accept(0.5);
            return "done";
        }, r -> "Finished: " + r);
        assertEquals("done", job.resultProperty().get());
        assertEquals("Finished: done", job.messageProperty().get());
        assertFalse(job.runningProperty().get());
        assertEquals(1.0, job.progressProperty().get());
    }

    @Test
    void clearingDropsALateResultAndCancelStopsTheWork() {
        ProgressJob<String> job = new ProgressJob<>(later, Runnable::run, "idle");
        boolean[] cancelled = {false};
        job.start("Working...", (progress, cancel) -> {
            cancelled[0] = cancel.getAsBoolean();
            return "old model";
        }, r -> r);
        job.clear("idle again");
        runQueued();
        assertNull(job.resultProperty().get());
        assertEquals("idle again", job.messageProperty().get());
        assertEquals(true, cancelled[0], "the job saw the cancel flag");

        job.start("Working...", (progress, cancel) -> "kept", r -> r);
        job.cancel();
        assertEquals("Cancelled.", job.messageProperty().get());
        runQueued();
        assertNull(job.resultProperty().get(), "a cancelled job's result is not shown");
        job.start("Working...", (progress, cancel) -> {
            throw new IllegalStateException("the solver gave up");
        }, r -> r);
        runQueued();
        assertEquals("Stopped: the solver gave up", job.messageProperty().get());
    }
}
