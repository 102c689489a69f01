package dev.neuralode.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The one channel from the engine thread to the FX thread: the engine offers events without
 * blocking, the FX pulse drains them all at once. This replaces a {@code Platform.runLater} per
 * iteration, which would flood the FX queue whenever iterations are faster than frames.
 */
public final class EngineInbox {

    private final Queue<EngineEvent> queue = new ConcurrentLinkedQueue<>();

    public void offer(EngineEvent event) {
        queue.add(event);
    }

    /** Everything queued since the last drain, oldest first. */
    public List<EngineEvent> drain() {
        List<EngineEvent> events = new ArrayList<>();
        EngineEvent e;
        while ((e = queue.poll()) != null) {
            events.add(e);
        }
        return events;
    }
}
