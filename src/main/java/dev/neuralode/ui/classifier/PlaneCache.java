package dev.neuralode.ui.classifier;

import dev.neuralode.train.CentroidPlane;
import dev.neuralode.train.DigitReader;

/**
 * The plane of the class centroids that a drawn digit's feature path is drawn on, kept while the
 * model it was computed from stays: it costs a pass over {@value #IMAGES} validation digits, so while
 * training it is renewed at most every {@value #RENEW_SECONDS} seconds, and at once when training
 * stops or the model is replaced. Used from the reading thread only.
 */
final class PlaneCache {

    static final int IMAGES = 300;
    static final long RENEW_SECONDS = 15;

    private long generation = -1;
    private long iteration = -1;
    private long madeAt;
    private CentroidPlane plane;

    /**
     * @param training whether the model is training (then a plane a little behind the weights will do)
     * @param now      the time of the request, in nanoseconds
     */
    synchronized CentroidPlane get(ClassifierHandle h, boolean training, long now) {
        long current = h.session().iteration();
        boolean fresh = plane != null && h.generation() == generation
                && (current == iteration || (training && now - madeAt < RENEW_SECONDS * 1_000_000_000L));
        if (!fresh) {
            plane = new DigitReader(h.session()).plane(h.session().validationImages(), IMAGES);
            generation = h.generation();
            iteration = current;
            madeAt = now;
        }
        return plane;
    }
}
