package dev.neuralode.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Where the explorer's work runs, injected so that view-model tests can run everything on the
 * calling thread.
 *
 * @param engine creates, steps and runs sessions (one thread: the engine is never stepped concurrently)
 * @param views  computes density frames from frozen model copies
 * @param work   frontier sweeps, saves and exports
 * @param fx     delivers the rare results of {@code work} jobs to the FX thread
 */
public record ExplorerExecutors(Executor engine, Executor views, Executor work, Executor fx) {

    /** Everything on the calling thread, for tests. */
    public static ExplorerExecutors sameThread() {
        Executor direct = Runnable::run;
        return new ExplorerExecutors(direct, direct, direct, direct);
    }

    /**
     * Daemon threads named {@code name}, one priority step below normal, so that a busy engine
     * never delays a frame and never keeps the JVM alive after the window closed.
     */
    public static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }

    /**
     * Stops a tab's threads as its window closes: the engine and the background views at once (the
     * engine within one iteration), while pending saves and exports may finish, so that closing never
     * leaves a half-written file behind. Waits up to 5 s for the engine and for the files.
     */
    public static void shutDown(ExecutorService engine, ExecutorService background, ExecutorService files) {
        engine.shutdownNow();
        background.shutdownNow();
        files.shutdown();
        try {
            engine.awaitTermination(5, TimeUnit.SECONDS);
            files.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
