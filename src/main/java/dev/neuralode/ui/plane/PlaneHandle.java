package dev.neuralode.ui.plane;

import dev.neuralode.train.Flow2dSession;
import dev.neuralode.ui.common.TrainingHandle;

/** A live classifier-of-the-plane session and its generation; only the engine thread steps it. */
public record PlaneHandle(long generation, Flow2dSession session) implements TrainingHandle {
}
