package dev.neuralode.ui.common;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs file work (saves and exports) on the {@code work} executor so that a slow disk never stalls
 * the FX thread, and reports the outcome through the {@code fx} executor: a line for the status, or
 * an error for a dialog.
 */
public final class FileJobs {

    /** File work that may fail. */
    @FunctionalInterface
    public interface Job {
        void run() throws IOException;
    }

    private final Executor work;
    private final Executor fx;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private Consumer<String> onError = e -> { };

    public FileJobs(Executor work, Executor fx) {
        this.work = work;
        this.fx = fx;
    }

    /** The last outcome, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Receives (on the FX thread) what went wrong and how to fix it. */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /**
     * @param what a phrase such as "save the experiment to run.ckpt", used in both outcomes
     */
    public void run(String what, Job job) {
        message.set("Working: " + what + "...");
        work.execute(() -> {
            try {
                job.run();
                fx.execute(() -> message.set("Done: " + what));
            } catch (IOException | RuntimeException e) {
                String why = "Could not " + what + ": " + e.getMessage()
                        + (e instanceof IOException ? ". Check that the folder exists and is writable." : "");
                fx.execute(() -> {
                    message.set(why);
                    onError.accept(why);
                });
            }
        });
    }

    /** Reports progress of a running job (from any thread). */
    public void progress(String text) {
        fx.execute(() -> message.set(text));
    }
}
