package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs count as crashed: only those whose marker outlived them, and only with files to offer. */
class RecoveryFolderTest {

    @TempDir
    Path root;

    @Test
    void aLiveRunIsNotOfferedAndACleanCloseLeavesNothing() throws IOException {
        RecoveryFolder live = RecoveryFolder.create(root);
        Files.writeString(live.dir().resolve("density.ckpt"), "weights");
        assertTrue(Files.isRegularFile(live.dir().resolve(RecoveryFolder.MARKER)));
        assertEquals(Optional.empty(), RecoveryFolder.crashed(root), "a window still open keeps its files");
        live.delete();
        assertEquals(Optional.empty(), RecoveryFolder.crashed(root));
        try (var left = Files.list(root)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aCrashedRunIsOfferedOnceWithItsFilesButNotItsMarkerOrHalfWrittenFiles() throws IOException {
        RecoveryFolder run = RecoveryFolder.create(root);
        Files.writeString(run.dir().resolve("latent.ckpt"), "series");
        Files.writeString(run.dir().resolve(".density.ckpt123.tmp"), "cut short");
        run.release();

        RecoveryFolder crashed = RecoveryFolder.crashed(root).orElseThrow();
        assertEquals(List.of(crashed.dir().resolve("latent.ckpt")), crashed.files());
        assertEquals(Optional.empty(), RecoveryFolder.crashed(root), "taken by this start: another does not offer it too");

        RecoveryFolder next = RecoveryFolder.create(root);
        Path moved = next.adopt(crashed.files().get(0));
        assertEquals("series", Files.readString(moved));
        assertEquals(next.dir(), moved.getParent());
        crashed.delete();
        assertFalse(Files.exists(crashed.dir()));
    }

    @Test
    void theNewestCrashIsOfferedAndOneWithoutFilesIsCleanedUp() throws IOException {
        RecoveryFolder older = RecoveryFolder.create(root);
        Files.writeString(older.dir().resolve("density.ckpt"), "old");
        Files.setLastModifiedTime(older.dir().resolve(RecoveryFolder.MARKER), FileTime.fromMillis(1_000));
        older.release();
        RecoveryFolder newer = RecoveryFolder.create(root);
        Files.writeString(newer.dir().resolve("density.ckpt"), "new");
        Files.setLastModifiedTime(newer.dir().resolve(RecoveryFolder.MARKER), FileTime.fromMillis(2_000));
        newer.release();
        RecoveryFolder empty = RecoveryFolder.create(root);
        Files.setLastModifiedTime(empty.dir().resolve(RecoveryFolder.MARKER), FileTime.fromMillis(3_000));
        empty.release();

        RecoveryFolder offered = RecoveryFolder.crashed(root).orElseThrow();
        assertEquals("new", Files.readString(offered.files().get(0)));
        assertFalse(Files.exists(empty.dir()), "a crash before the first autosave left nothing worth asking about");
        assertTrue(Files.exists(older.dir()), "the older crash is kept for a later start");
        offered.release();
    }
}
