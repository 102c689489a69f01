package dev.neuralode.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs requests on a worker one at a time, and when requests arrive faster than they finish,
 * runs only the newest: a request waiting when another arrives is dropped. Rapid clicks so cost
 * at most one job in flight plus one more, and the last click always gets its answer.
 * Results and errors are delivered through the {@code fx} executor, in the order the jobs ran.
 *
 * @param <R> what a job computes
 */
public final class LatestOnly<R> {

    private final Executor worker;
    private final Executor fx;
    private final Consumer<R> onResult;
    private final Consumer<RuntimeException> onError;
    private Supplier<R> waiting;
    private boolean working;
    private long submitted;
    private long ran;

    public LatestOnly(Executor worker, Executor fx, Consumer<R> onResult, Consumer<RuntimeException> onError) {
        this.worker = worker;
        this.fx = fx;
        this.onResult = onResult;
        this.onError = onError;
    }

    /** Queues {@code job}, replacing a job still waiting; starts the worker if it is idle. */
    public void submit(Supplier<R> job) {
        synchronized (this) {
            submitted++;
            waiting = job;
            if (working) {
                return;
            }
            working = true;
        }
        worker.execute(this::drain);
    }

    /** Requests submitted so far. */
    public synchronized long submitted() {
        return submitted;
    }

    /** Jobs that ran so far (at most {@link #submitted()}: superseded requests never run). */
    public synchronized long ran() {
        return ran;
    }

    private void drain() {
        while (true) {
            Supplier<R> job;
            synchronized (this) {
                job = waiting;
                waiting = null;
                if (job == null) {
                    working = false;
                    return;
                }
                ran++;
            }
            try {
                R result = job.get();
                fx.execute(() -> onResult.accept(result));
            } catch (RuntimeException e) {
                fx.execute(() -> onError.accept(e));
            }
        }
    }
}
