package dev.neuralode.ui.lab;

import dev.neuralode.lab.LabProblem;
import dev.neuralode.lab.LabSolve;
import dev.neuralode.lab.OdeSystem;
import dev.neuralode.lab.SolveReport;
import dev.neuralode.lab.SolveSettings;
import dev.neuralode.ui.common.LatestOnly;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lab's current solve: every change of problem, parameter or solver setting asks for a new
 * solve off the FX thread, and only the newest request runs once the worker is free
 * ({@link LatestOnly}), so dragging a slider never queues up stale solves.
 */
final class SolveViewModel {

    /** What one solve needs: the problem at its parameter values, and the settings. */
    record Request(LabProblem problem, Map<String, Double> values, SolveSettings settings) {
    }

    /** A report and, for the twin start of a chaotic problem, the twin's own solve (or null). */
    record Result(SolveReport report, SolveReport twin) {
    }

    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ReadOnlyLongWrapper solves = new ReadOnlyLongWrapper(this, "solves");
    private final ReadOnlyBooleanWrapper solving = new ReadOnlyBooleanWrapper(this, "solving");
    private final AtomicLong newest = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private final LatestOnly<Result> latest;

    SolveViewModel(Executor worker, Executor fx) {
        latest = new LatestOnly<>(worker, fx, r -> {
            error.set("");
            solves.set(solves.get() + 1);
            result.set(r);
            solving.set(finished.get() != newest.get());
        }, e -> {
            // A solve abandoned for a newer request has nothing to say.
            if (!(e instanceof CancellationException)) {
                error.set(e.getMessage());
            }
            solving.set(finished.get() != newest.get());
        });
    }

    /**
     * Asks for a solve; a request still waiting is replaced, and a solve under way is abandoned at its
     * next step.
     */
    void request(Request r) {
        long id = newest.incrementAndGet();
        solving.set(true);
        latest.submit(() -> {
            try {
                return solve(r, () -> newest.get() != id);
            } finally {
                finished.set(id);
            }
        });
    }

    private static Result solve(Request r, BooleanSupplier stale) {
        OdeSystem system = r.problem().system(r.values());
        SolveReport report = LabSolve.run(system, r.settings(), stale);
        SolveReport twin = system.twin() == null ? null
                : LabSolve.run(system.withInitialState(system.twin()), r.settings(),
                        LabSolve.outputTimes(system, LabSolve.DENSE_POINTS), null, false);
        return new Result(report, twin);
    }

    ObjectProperty<Result> resultProperty() {
        return result;
    }

    /** The reason the last request could not be solved (a bad parameter or expression), or "". */
    StringProperty errorProperty() {
        return error;
    }

    /** Whether a solve is under way or waiting. */
    ReadOnlyBooleanProperty solvingProperty() {
        return solving.getReadOnlyProperty();
    }

    /** Solves delivered so far. */
    ReadOnlyLongProperty solvesProperty() {
        return solves.getReadOnlyProperty();
    }
}
