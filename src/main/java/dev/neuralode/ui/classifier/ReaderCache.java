package dev.neuralode.ui.classifier;

import dev.neuralode.train.CentroidPlane;
import dev.neuralode.train.DigitReader;
import dev.neuralode.train.FrozenClassifier;

/**
 * The model a drawn digit is read by: a frozen copy of the session's weights and the plane of its
 * class centroids, kept while it still stands for the model. The plane costs a pass over
 * {@value #IMAGES} validation digits, so while training the copy is renewed at most every
 * {@value #RENEW_SECONDS} seconds and within a fifth of a core ({@link BackgroundBudget}), and at once
 * when training stops or the model is replaced. Reading a copy never holds training up. Used from the
 * reading thread only.
 */
final class ReaderCache {

    static final int IMAGES = 200;
    static final long RENEW_SECONDS = 10;

    /** A frozen model with the plane of its centroids. */
    record Model(long generation, FrozenClassifier frozen, CentroidPlane plane) {
    }

    private final BackgroundBudget budget = new BackgroundBudget(0.2, RENEW_SECONDS * 1_000_000_000L);
    private Model model;
    /** When the copy may next be renewed while training; read by the FX thread without waiting for a renewal. */
    private volatile long dueAt = Long.MIN_VALUE;

    /**
     * @param training whether the session trains (then a copy a few seconds behind the weights will do)
     * @param now      the time of the request, in nanoseconds
     */
    synchronized Model get(ClassifierHandle h, boolean training, long now) {
        Model m = model;
        boolean fresh = m != null && h.generation() == m.generation()
                && (h.session().iteration() == m.frozen().iteration() || (training && !budget.due(now)));
        if (!fresh) {
            long started = System.nanoTime();
            FrozenClassifier frozen = FrozenClassifier.of(h.session());
            CentroidPlane plane = new DigitReader(frozen).plane(h.session().validationImages(), IMAGES);
            model = new Model(h.generation(), frozen, plane);
            long cost = System.nanoTime() - started;
            budget.record(cost, now + cost);
            dueAt = budget.dueAt();
        }
        return model;
    }

    /** Whether a request at {@code now} while training would renew the copy (else it reads the same model again). */
    boolean renewsWhileTraining(long now) {
        return now >= dueAt;
    }
}
