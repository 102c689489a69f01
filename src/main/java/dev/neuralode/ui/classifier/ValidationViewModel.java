package dev.neuralode.ui.classifier;

import dev.neuralode.train.FrozenClassifier;
import dev.neuralode.train.MnistSession;
import dev.neuralode.ui.common.LatestOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The validation error against iteration: a frozen copy of the model classifies the first
 * {@value #IMAGES} validation digits every few iterations (a third of an epoch, at least
 * {@value #LEAST_EVERY}, and within a quarter of a core: {@link BackgroundBudget}) and whenever training
 * stops, on the {@code work} executor, so that neither the FX thread nor the training loop waits for
 * it. Requests that pile up behind a slow evaluation collapse into the newest ({@link LatestOnly}).
 */
public final class ValidationViewModel {

    static final int IMAGES = 500;
    static final int LEAST_EVERY = 10;

    /** One evaluation: the error rate and mean NFE of the model after {@code iteration}. */
    public record Point(long generation, long iteration, double error, double meanNfe, long costNanos) {
    }

    private final LatestOnly<Point> evaluations;
    private final List<Point> points = new ArrayList<>();
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final StringProperty latest = new SimpleStringProperty(this, "latest", "");
    private final BackgroundBudget budget = new BackgroundBudget(0.25, 0);
    private final LongSupplier clock;
    private long generation = -1;
    private long requested = -1;

    ValidationViewModel(Executor work, Executor fx, LongSupplier clock) {
        this.clock = clock;
        evaluations = new LatestOnly<>(work, fx, this::evaluated, e -> latest.set("Validation failed: " + e.getMessage()));
    }

    /** Evaluations done for the session shown, oldest first. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** Changes with every point added or cleared. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /** The newest validation error in words, or empty. */
    public ReadOnlyStringProperty latestProperty() {
        return latest;
    }

    /** Iterations between evaluations while training. */
    static int every(int iterationsPerEpoch) {
        return Math.max(LEAST_EVERY, iterationsPerEpoch / 3);
    }

    /** Asks for an evaluation when one is due; once per pulse. */
    void pulse(ClassifierHandle h, long iteration, boolean looping) {
        if (h.generation() != generation) {
            generation = h.generation();
            requested = -1;
            budget.reset();
            points.clear();
            latest.set("");
            revision.set(revision.get() + 1);
        }
        boolean due = requested < 0 || (!looping && iteration > requested)
                || (iteration - requested >= every(h.session().iterationsPerEpoch()) && budget.due(clock.getAsLong()));
        if (!due) {
            return;
        }
        requested = iteration;
        MnistSession s = h.session();
        long gen = h.generation();
        evaluations.submit(() -> {
            long started = System.nanoTime();
            FrozenClassifier frozen = FrozenClassifier.of(s);
            MnistSession.Evaluation e = frozen.evaluate(s.validationImages(), IMAGES);
            return new Point(gen, frozen.iteration(), e.error(), e.meanNfe(), System.nanoTime() - started);
        });
    }

    private void evaluated(Point p) {
        if (p.generation() != generation) {
            return;
        }
        budget.record(p.costNanos(), clock.getAsLong());
        if (!points.isEmpty() && points.get(points.size() - 1).iteration() >= p.iteration()) {
            return;
        }
        points.add(p);
        latest.set(String.format(Locale.ROOT, "validation error %.1f%% at iteration %d", 100 * p.error(), p.iteration()));
        revision.set(revision.get() + 1);
    }
}
