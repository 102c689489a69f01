package dev.neuralode.ui.common;

import dev.neuralode.train.TrainingSnapshot;

/**
 * What the engine thread tells the UI, queued in an {@link EngineInbox} and applied on the next
 * pulse. Each event carries the generation of the session it belongs to, so that events of a
 * session that a Reset replaced are dropped.
 */
public sealed interface EngineEvent {

    long generation();

    /** A session was created or opened (then at {@code iteration}) and is ready to train. */
    record Started<H extends TrainingHandle>(long generation, H session, long iteration, boolean opened) implements EngineEvent {
    }

    /** One iteration finished (or failed). */
    record Iterated(long generation, TrainingSnapshot snapshot) implements EngineEvent {
    }

    /** The training loop returned: paused, cancelled or failed. */
    record Stopped(long generation) implements EngineEvent {
    }

    /** Creating or opening a session failed; the message says why and what to do. */
    record Failed(long generation, String message) implements EngineEvent {
    }
}
