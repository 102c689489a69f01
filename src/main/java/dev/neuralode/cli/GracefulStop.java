package dev.neuralode.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM during a training loop: the JVM's shutdown hook asks the loop to stop and
 * waits while it finishes its iteration, saves a checkpoint and says where; then the JVM exits as a
 * signalled process does (130 after Ctrl-C, 143 after SIGTERM). Without it the work since the last
 * checkpoint was lost without a word. Closing it (the loop ended on its own) removes the hook.
 */
final class GracefulStop implements AutoCloseable {

    /** How long the hook waits for the loop: longer than one iteration of the slowest model (MNIST) takes. */
    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch saved = new CountDownLatch(1);
    private final Thread hook = new Thread(this::awaitSave, "graceful-stop");
    private volatile boolean requested;

    private GracefulStop() {
    }

    /** Listens for Ctrl-C and SIGTERM until closed. */
    static GracefulStop install() {
        GracefulStop stop = new GracefulStop();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether a signal asked the run to stop; the loop then saves and calls {@link #saved}. */
    boolean requested() {
        return requested;
    }

    /** The loop has saved its state: the JVM may exit. */
    void saved() {
        saved.countDown();
    }

    private void awaitSave() {
        requested = true;
        try {
            saved.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        saved.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting already; the hook has run or is running.
        }
    }
}
