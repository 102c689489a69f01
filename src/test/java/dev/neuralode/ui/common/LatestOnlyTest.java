package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    /** An executor that runs its tasks only when the test says so. */
    private static final class Manual implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            Runnable r;
            while ((r = tasks.poll()) != null) {
                r.run();
            }
        }
    }

    @Test
    void requestsThatArriveWhileOneRunsCollapseIntoTheNewest() {
        Manual worker = new Manual();
        List<Integer> results = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        LatestOnly<Integer> jobs = new LatestOnly<>(worker, Runnable::run, results::add, e -> { });
        jobs.submit(() -> {
            started.add(1);
            // Three more clicks while the first inference runs.
            jobs.submit(() -> { started.add(2); return 2; });
            jobs.submit(() -> { started.add(3); return 3; });
            jobs.submit(() -> { started.add(4); return 4; });
            return 1;
        });
        assertEquals(1, worker.tasks.size(), "one worker task however many requests");
        worker.runAll();
        assertEquals(List.of(1, 4), started, "the superseded requests never ran");
        assertEquals(List.of(1, 4), results, "the latest request got its answer last");
        assertEquals(4, jobs.submitted());
        assertEquals(2, jobs.ran());
    }

    @Test
    void anIdleWorkerStartsAgainAndErrorsAreDelivered() {
        Manual worker = new Manual();
        List<String> errors = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        LatestOnly<Integer> jobs = new LatestOnly<>(worker, Runnable::run, results::add, e -> errors.add(e.getMessage()));
        jobs.submit(() -> {
            throw new IllegalStateException("solver failed");
        });
        worker.runAll();
        jobs.submit(() -> 5);
        worker.runAll();
        assertEquals(List.of("solver failed"), errors);
        assertEquals(List.of(5), results);
    }
}
