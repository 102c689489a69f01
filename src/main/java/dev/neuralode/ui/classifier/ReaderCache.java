package dev.neuralode.ui.classifier;

import dev.neuralode.train.CentroidPlane;
import dev.neuralode.train.DigitReader;
import dev.neuralode.train.FrozenClassifier;

/**
 * The model a drawn digit is read by: a frozen copy of the session's weights and the plane of its
 * class centroids, kept while it still stands for the model. The plane costs a pass over
 * {@value #IMAGES} validation digits, so while training the copy is renewed at most every
 * {@value #RENEW_SECONDS} seconds, and at once when training stops or the model is replaced. Reading
 * a copy never holds training up. Used from the reading thread only.
 */
final class ReaderCache {

    static final int IMAGES = 300;
    static final long RENEW_SECONDS = 10;

    /** A frozen model with the plane of its centroids. */
    record Model(long generation, FrozenClassifier frozen, CentroidPlane plane, long madeAt) {
    }

    private Model model;

    /**
     * @param training whether the session trains (then a copy a few seconds behind the weights will do)
     * @param now      the time of the request, in nanoseconds
     */
    synchronized Model get(ClassifierHandle h, boolean training, long now) {
        Model m = model;
        boolean fresh = m != null && h.generation() == m.generation()
                && (h.session().iteration() == m.frozen().iteration()
                        || (training && now - m.madeAt() < RENEW_SECONDS * 1_000_000_000L));
        if (!fresh) {
            FrozenClassifier frozen = FrozenClassifier.of(h.session());
            CentroidPlane plane = new DigitReader(frozen).plane(h.session().validationImages(), IMAGES);
            model = new Model(h.generation(), frozen, plane, now);
        }
        return model;
    }
}
