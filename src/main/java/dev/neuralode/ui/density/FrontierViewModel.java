package dev.neuralode.ui.density;

import dev.neuralode.train.FlowSnapshot;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The trade-off action: sweeps tolerances on a frozen copy of the current model on the
 * {@code work} executor while training may go on, reporting progress and the result through the
 * {@code fx} executor (a handful of messages per sweep).
 */
public final class FrontierViewModel {

    private final Executor work;
    private final Executor fx;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Sweep tolerances on a frozen copy of the model to see NFE against error and time against NFE.");
    private final ObjectProperty<FrontierSweep.Result> result = new SimpleObjectProperty<>(this, "result");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public FrontierViewModel(Executor work, Executor fx) {
        this.work = work;
        this.fx = fx;
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

    public ReadOnlyObjectProperty<FrontierSweep.Result> resultProperty() {
        return result;
    }

    /** Starts a sweep of the session's current weights; ignored while one runs or without a session. */
    public void run(SessionHandle session) {
        if (session == null || running.get()) {
            return;
        }
        running.set(true);
        progress.set(0);
        message.set("Freezing the model...");
        float[] points = FrontierSweep.evaluationPoints(session.data());
        work.execute(() -> {
            long started = System.nanoTime();
            try {
                FlowSnapshot flow = session.session().freeze();
                FrontierSweep.Result r = FrontierSweep.run(flow, points,
                        p -> fx.execute(() -> {
                            progress.set(p);
                            message.set(String.format(Locale.ROOT, "Sweeping tolerances... %.0f%%", 100 * p));
                        }), cancelled::get);
                double seconds = (System.nanoTime() - started) / 1e9;
                fx.execute(() -> finish(r, points.length / 2, seconds));
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    running.set(false);
                    message.set("The sweep failed: " + e.getMessage());
                });
            }
        });
    }

    public void close() {
        cancelled.set(true);
    }

    private void finish(FrontierSweep.Result r, int count, double seconds) {
        result.set(r);
        running.set(false);
        progress.set(1);
        String failed = r.failures().isEmpty() ? "" : "; failed at " + String.join(", ", r.failures());
        message.set(String.format(Locale.ROOT, "Iteration %d: %d tolerances on %d points in %.1f s, error against tol %.0e%s",
                r.iteration(), r.points().size(), count, seconds, r.referenceTol(), failed));
    }
}
