package dev.neuralode.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

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
}
