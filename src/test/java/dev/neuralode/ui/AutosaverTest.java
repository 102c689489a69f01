package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.ui.common.Recoverable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosaver's timing, with a clock the test moves and every thread the calling one. */
class AutosaverTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dir;

    private long now = 1_000 * SECOND;
    /** The tab's state as the autosaver reads it: null while there is nothing to keep. */
    private Object state;
    private final List<Object> written = new ArrayList<>();
    private boolean failing;

    private Autosaver autosaver() {
        Recoverable tab = new Recoverable("density.ckpt", () -> state, () -> {
            Object captured = state;
            return file -> {
                if (failing) {
                    throw new IOException("disk full");
                }
                AtomicFiles.write(file, out -> out.write(captured.toString().getBytes(StandardCharsets.UTF_8)));
                written.add(captured);
            };
        }, Runnable::run, file -> { });
        return new Autosaver(dir, List.of(tab), () -> now, Runnable::run);
    }

    @Test
    void aChangeIsWrittenAMinuteAfterTheStartThenAtMostOnceAMinuteWhileItChanges() throws IOException {
        Autosaver a = autosaver();
        state = "iteration 1";
        now += 59 * SECOND;
        a.tick();
        assertEquals(List.of(), written, "nothing before a minute has passed");
        now += SECOND;
        a.tick();
        assertEquals(List.of("iteration 1"), written);
        assertEquals("iteration 1", Files.readString(dir.resolve("density.ckpt")));

        state = "iteration 2";
        now += 30 * SECOND;
        a.tick();
        assertEquals(1, written.size(), "a minute since the last autosave has not passed");
        now += 30 * SECOND;
        a.tick();
        assertEquals(List.of("iteration 1", "iteration 2"), written);
    }

    @Test
    void anUnchangedOrEmptyTabIsNeverWritten() {
        Autosaver a = autosaver();
        now += 5 * 60 * SECOND;
        a.tick();
        a.saveNow();
        assertEquals(List.of(), written, "nothing to keep yet");
        state = "drawn points";
        a.tick();
        now += 5 * 60 * SECOND;
        a.tick();
        a.saveNow();
        assertEquals(List.of("drawn points"), written, "written once, then unchanged");
    }

    @Test
    void saveNowWritesAChangeAtOnce() {
        Autosaver a = autosaver();
        state = "edited series";
        a.saveNow();
        assertEquals(List.of("edited series"), written);
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndIsTriedAgain() throws IOException {
        Autosaver a = autosaver();
        state = "iteration 1";
        a.saveNow();
        state = "iteration 2";
        failing = true;
        now += 60 * SECOND;
        a.tick();
        assertEquals("iteration 1", Files.readString(dir.resolve("density.ckpt")));
        failing = false;
        now += 60 * SECOND;
        a.tick();
        assertEquals("iteration 2", Files.readString(dir.resolve("density.ckpt")));
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().equals("density.ckpt")), "no temporary file is left");
        }
    }

    @Test
    void aTabResetAfterAnAutosaveNoLongerOffersItsOlderWork() {
        Autosaver a = autosaver();
        state = "iteration 40";
        a.saveNow();
        assertTrue(Files.exists(dir.resolve("density.ckpt")));
        state = null;
        now += 60 * SECOND;
        a.tick();
        assertTrue(Files.notExists(dir.resolve("density.ckpt")), "Reset asked before it discarded the model");
        state = "iteration 1";
        a.saveNow();
        assertEquals(List.of("iteration 40", "iteration 1"), written, "the new model is kept again");
    }
}
