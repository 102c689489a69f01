package dev.neuralode.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A measurement of the current model that takes a while (a tolerance sweep, the verdict on every
 * validation digit): it runs on the {@code work} executor with progress and Cancel, and its result,
 * progress and messages reach the FX thread through {@code fx}, a percent at a time.
 *
 * <p>A result belongs to the model it measured: {@link #clear} (Reset, Open) cancels a job in progress
 * and drops its late result.
 *
 * @param <R> what the job computes
 */
public final class ProgressJob<R> {

    /** The job itself, on the worker thread. */
    @FunctionalInterface
    public interface Work<R> {
        /**
         * @param progress takes the fraction done, in [0, 1]
         * @param cancel   raised by Cancel: return soon (the result is then dropped)
         */
        R run(DoubleConsumer progress, BooleanSupplier cancel);
    }

    private final Executor work;
    private final Executor fx;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<R> result = new SimpleObjectProperty<>(this, "result");
    private AtomicBoolean cancelled = new AtomicBoolean();
    private long generation;

    public ProgressJob(Executor work, Executor fx, String idle) {
        this.work = work;
        this.fx = fx;
        message.set(idle);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<R> resultProperty() {
        return result;
    }

    /**
     * Starts {@code job} unless one runs.
     *
     * @param underWay what the message says while it runs (ends in "...", the project's wording for work under way)
     * @param done     the message for a result
     */
    public void start(String underWay, Work<R> job, Function<R, String> done) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(0);
        message.set(underWay);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        long gen = generation;
        int[] shownPercent = {0};
        DoubleConsumer report = p -> {
            int percent = (int) Math.floor(100 * p);
            if (percent != shownPercent[0]) {
                shownPercent[0] = percent;
                fx.execute(() -> {
                    if (gen == generation && running.get()) {
                        progress.set(p);
                    }
                });
            }
        };
        work.execute(() -> {
            try {
                R r = job.run(report, cancel::get);
                fx.execute(() -> {
                    if (gen == generation && !cancel.get()) {
                        running.set(false);
                        progress.set(1);
                        result.set(r);
                        message.set(done.apply(r));
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (gen == generation && !cancel.get()) {
                        running.set(false);
                        message.set("Stopped: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Stops the job in progress; the result shown before stays. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            running.set(false);
            progress.set(0);
            message.set("Cancelled.");
        }
    }

    /** Forgets the result (its model is gone) and stops a job in progress. */
    public void clear(String idle) {
        generation++;
        cancelled.set(true);
        running.set(false);
        progress.set(0);
        result.set(null);
        message.set(idle);
    }
}
