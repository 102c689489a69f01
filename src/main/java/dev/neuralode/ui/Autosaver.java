package dev.neuralode.ui;

import dev.neuralode.ui.common.Recoverable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Writes each tab's experiment to its recovery file while it changes: a change is written at the
 * first {@link #tick()} at least {@link #INTERVAL_NANOS} after the tab's last autosave (or the
 * start), so a tab that keeps changing is written once a minute and an unchanged one never. The
 * snapshot is taken on the FX thread, as the tab's Save takes it, and written on the tab's own file
 * thread; the tabs' saves write atomically, so a crash during an autosave leaves the previous file.
 * A write that fails is logged and tried again a minute later: the user did not ask for it, so it
 * raises no dialog.
 */
final class Autosaver {

    /** The least time between two autosaves of one tab. */
    static final long INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    /** One tab's autosave bookkeeping; FX thread only. */
    private static final class Tab {
        final Recoverable recoverable;
        Object saved;
        long savedAt;
        boolean writing;

        Tab(Recoverable recoverable, long now) {
            this.recoverable = recoverable;
            this.savedAt = now;
        }
    }

    private final Path dir;
    private final List<Tab> tabs;
    private final LongSupplier clock;
    private final Executor fx;

    /**
     * @param dir   where the recovery files go
     * @param clock nanoseconds, as {@link System#nanoTime}
     * @param fx    brings the outcome of a write back to the FX thread
     */
    Autosaver(Path dir, List<Recoverable> tabs, LongSupplier clock, Executor fx) {
        this.dir = dir;
        this.clock = clock;
        this.fx = fx;
        long now = clock.getAsLong();
        this.tabs = tabs.stream().map(r -> new Tab(r, now)).toList();
    }

    /** Writes the tabs that changed and whose last autosave is a minute old; called every few seconds. */
    void tick() {
        long now = clock.getAsLong();
        for (Tab t : tabs) {
            if (now - t.savedAt >= INTERVAL_NANOS) {
                saveIfChanged(t, now);
            }
        }
    }

    /** Writes every tab that changed since its last autosave, however recent. */
    void saveNow() {
        long now = clock.getAsLong();
        tabs.forEach(t -> saveIfChanged(t, now));
    }

    private void saveIfChanged(Tab t, long now) {
        if (t.writing) {
            return;
        }
        Object state = t.recoverable.state().get();
        Path file = dir.resolve(t.recoverable.fileName());
        if (state == null && t.saved != null) {
            // The tab was reset (after asking) or opened a saved file: its older work is no longer
            // something to offer after a crash.
            t.saved = null;
            t.recoverable.files().execute(() -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not remove the outdated " + file + ": " + e.getMessage());
                }
            });
            return;
        }
        if (state == null || state.equals(t.saved)) {
            return;
        }
        Recoverable.Snapshot snapshot = t.recoverable.snapshot().get();
        if (snapshot == null) {
            return;
        }
        t.writing = true;
        t.savedAt = now;
        t.recoverable.files().execute(() -> {
            try {
                snapshot.writeTo(file);
                fx.execute(() -> {
                    t.saved = state;
                    t.writing = false;
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not autosave " + file + ": " + e.getMessage());
                fx.execute(() -> t.writing = false);
            }
        });
    }
}
