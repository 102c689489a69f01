package dev.neuralode.ui.density;

import dev.neuralode.train.FlowSnapshot;
import java.util.Comparator;
import java.util.List;
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
 *
 * <p>A result belongs to the model it measured: {@link #clear()} (a new model, other data) drops
 * it, and a sweep still running then is cancelled and its late result ignored. Each sweep includes
 * the tolerance training runs at, which {@link #trainingPoint()} finds for the view to mark.
 */
public final class FrontierViewModel {

    static final String IDLE_MESSAGE =
            "Sweep tolerances on a frozen copy of the model to see NFE against error and time against NFE.";

    private final Executor work;
    private final Executor fx;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty message = new SimpleStringProperty(this, "message", IDLE_MESSAGE);
    private final ObjectProperty<FrontierSweep.Result> result = new SimpleObjectProperty<>(this, "result");
    private final DoubleProperty trainingTolerance = new SimpleDoubleProperty(this, "trainingTolerance", Double.NaN);
    /** The running sweep's cancel flag; replaced by each sweep, set by clear and close. */
    private AtomicBoolean cancelled = new AtomicBoolean();
    private long generation;

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

    /** The tolerance (rtol) training runs at, NaN for a fixed-step solver; the next sweep includes it. */
    public DoubleProperty trainingToleranceProperty() {
        return trainingTolerance;
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
        double[] tolerances = FrontierSweep.tolerancesWith(trainingTolerance.get());
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        long gen = generation;
        work.execute(() -> {
            long started = System.nanoTime();
            try {
                FlowSnapshot flow = session.session().freeze();
                FrontierSweep.Result r = FrontierSweep.run(flow, points, tolerances,
                        p -> fx.execute(() -> {
                            if (gen == generation) {
                                progress.set(p);
                                message.set(String.format(Locale.ROOT, "Sweeping tolerances... %.0f%%", 100 * p));
                            }
                        }), cancel::get);
                double seconds = (System.nanoTime() - started) / 1e9;
                fx.execute(() -> {
                    if (gen == generation) {
                        finish(r, points.length / 2, seconds);
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (gen == generation) {
                        running.set(false);
                        message.set("The sweep failed: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Forgets the result (it measured a model or data that are gone) and stops a sweep in progress. */
    public void clear() {
        generation++;
        cancelled.set(true);
        running.set(false);
        progress.set(0);
        result.set(null);
        message.set(IDLE_MESSAGE);
    }

    public void close() {
        cancelled.set(true);
    }

    /** The result's point at the training tolerance, or null (not swept, or no result). */
    public FrontierSweep.Point trainingPoint() {
        FrontierSweep.Result r = result.get();
        double tol = trainingTolerance.get();
        if (r == null || Double.isNaN(tol)) {
            return null;
        }
        return r.points().stream().filter(p -> FrontierSweep.sameTolerance(p.tol(), tol)).findFirst().orElse(null);
    }

    /**
     * Points in the order the time-against-NFE line joins them: by NFE, and by time among equal
     * NFE, so that the line never runs back (joined in sweep order it zigzags).
     */
    static List<FrontierSweep.Point> byNfe(List<FrontierSweep.Point> points) {
        return points.stream().sorted(Comparator.comparingInt(FrontierSweep.Point::nfe)
                .thenComparingDouble(FrontierSweep.Point::seconds)).toList();
    }

    /**
     * The time-against-NFE line: one point per NFE, the fastest of the tolerances that took it.
     * Solves with the same NFE do the same work, so their spread in time is noise from the machine;
     * the markers still show every point.
     */
    static List<FrontierSweep.Point> fastestPerNfe(List<FrontierSweep.Point> points) {
        List<FrontierSweep.Point> line = new java.util.ArrayList<>();
        for (FrontierSweep.Point p : byNfe(points)) {
            if (line.isEmpty() || line.get(line.size() - 1).nfe() != p.nfe()) {
                line.add(p);
            }
        }
        return List.copyOf(line);
    }

    /** Points in the order the NFE-against-error line joins them: by error, and by NFE among equal errors. */
    static List<FrontierSweep.Point> byError(List<FrontierSweep.Point> points) {
        return points.stream().sorted(Comparator.comparingDouble(FrontierSweep.Point::error)
                .thenComparingInt(FrontierSweep.Point::nfe)).toList();
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
