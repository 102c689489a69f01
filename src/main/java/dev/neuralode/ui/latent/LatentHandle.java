package dev.neuralode.ui.latent;

import dev.neuralode.train.LatentSession;
import dev.neuralode.train.LatentViewState;
import dev.neuralode.ui.common.TrainingHandle;

/**
 * A live latent ODE session and its generation. Only the engine thread steps it; the inference
 * thread only asks it to {@link LatentSession#explain explain} a series, beside the iteration in
 * progress. A session opened from a file also carries what the file says the view showed and the
 * metrics of its run, for the view-model to adopt once; both are null for a new session.
 */
public record LatentHandle(long generation, LatentSession session, LatentViewState restoredView,
                           String restoredMetricsCsv) implements TrainingHandle {

    /** A new session, with nothing to restore. */
    public LatentHandle(long generation, LatentSession session) {
        this(generation, session, null, null);
    }
}
