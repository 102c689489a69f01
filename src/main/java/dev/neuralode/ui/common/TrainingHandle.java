package dev.neuralode.ui.common;

import dev.neuralode.train.IterativeSession;

/**
 * A live session as a tab's view-model holds it: the session the engine thread steps, and its
 * generation (how many sessions the tab created before it), which tags every event it sends.
 */
public interface TrainingHandle {

    long generation();

    IterativeSession session();
}
