package dev.neuralode.ui.classifier;

import dev.neuralode.ui.common.ProgressJob;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.train.FrozenClassifier;
import dev.neuralode.train.ToleranceSweep;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The test-time tolerance sweep of the current model (the paper's Figure 3a and 3b on MNIST): a
 * frozen copy of the weights classifies the same validation digits at each tolerance, off the FX
 * thread, while training may go on.
 */
public final class SweepViewModel {

    /** Validation images classified at each tolerance. */
    static final int IMAGES = 250;
    static final String IDLE = "Classify " + IMAGES + " validation digits at tolerances from 1e-1 to 3e-5 with a frozen"
            + " copy of the model: error and time against NFE.";

    private final ProgressJob<ToleranceSweep.Result> job;
    private final StringProperty unavailable = new SimpleStringProperty(this, "unavailable", "");

    SweepViewModel(Executor work, Executor fx) {
        job = new ProgressJob<>(work, fx, IDLE);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return job.messageProperty();
    }

    public ReadOnlyObjectProperty<ToleranceSweep.Result> resultProperty() {
        return job.resultProperty();
    }

    /** Why the model shown cannot be swept (and what to choose instead), or empty when it can. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable;
    }

    /** Follows the solver in the sidebar: null for a model without an ODE block. */
    void solverChanged(BlockSolver solver) {
        String why = ToleranceSweep.unsweepable(solver);
        unavailable.set(why == null ? "" : "No sweep: " + why + ".");
    }

    /** Starts a sweep of the session's current weights; ignored while one runs, without a session or without a sweepable solver. */
    public void run(ClassifierHandle h) {
        if (h == null || !unavailable.get().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        job.start("Sweeping tolerances...", (progress, cancel) -> ToleranceSweep.run(FrozenClassifier.of(h.session()),
                h.session().validationImages(), IMAGES, progress, cancel),
                r -> describe(r, (System.nanoTime() - started) / 1e9));
    }

    public void cancel() {
        job.cancel();
    }

    /** Forgets the result: it measured a model that is gone. */
    void clear() {
        job.clear(IDLE);
    }

    /** Points joined by NFE, then by the value drawn, so that a line never runs back. */
    static List<ToleranceSweep.Point> byNfe(List<ToleranceSweep.Point> points) {
        return points.stream().sorted(Comparator.comparingDouble(ToleranceSweep.Point::nfe)
                .thenComparingDouble(ToleranceSweep.Point::tol)).toList();
    }

    /** Whether a point is at the tolerance the model trained with (equal up to rounding through decimal text). */
    static boolean trained(ToleranceSweep.Point p, ToleranceSweep.Result r) {
        return Math.abs(p.tol() - r.trained()) <= 1e-9 * r.trained();
    }

    private static String describe(ToleranceSweep.Result r, double seconds) {
        String failed = r.failures().isEmpty() ? "" : "; failed at " + String.join(", ", r.failures());
        return String.format(Locale.ROOT, "Iteration %d: %d tolerances on %d validation digits in %.0f s; trained at %.0e (marked)%s",
                r.iteration(), r.points().size(), r.images(), seconds, r.trained(), failed);
    }
}
