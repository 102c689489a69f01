package dev.neuralode.ui.latent;

import dev.neuralode.train.LatentSession;
import dev.neuralode.ui.common.TrainingHandle;

/**
 * A live latent ODE session and its generation. Only the engine thread steps it; the inference
 * thread only asks it to {@link LatentSession#explain explain} a series, which waits for the
 * iteration in progress.
 */
public record LatentHandle(long generation, LatentSession session) implements TrainingHandle {
}
