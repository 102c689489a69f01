package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.io.UnpackBudget;
import dev.neuralode.io.ZipBombs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or damaged checkpoints: one that unpacks to more than any checkpoint of this program, and
 * one whose iteration count is impossible, are refused by name.
 */
class CheckpointBombTest {

    @TempDir
    Path dir;

    @Test
    void anImpossibleIterationCountIsRefusedInsteadOfWrapping() throws Exception {
        Path file = dir.resolve("flow2d.ckpt");
        new Flow2dSession(Flow2dExperiment.defaults().withData("moons", 40, 0.05)).save(file);
        Path edited = dir.resolve("edited.ckpt");
        CheckpointEdits.replaceEntry(file, edited, "progress.properties",
                ("iteration=" + Long.MAX_VALUE + "\n").getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> Flow2dSession.resume(edited));
        assertTrue(e.getMessage().startsWith("edited.ckpt: progress.properties holds an impossible count (iteration "
                + Long.MAX_VALUE), e.getMessage());
    }

    @Test
    void aBombInACheckpointIsRefusedNamingTheFileAndTheEntry() throws IOException {
        Path file = dir.resolve("run.ckpt");
        Files.write(file, ZipBombs.archive("metrics.csv", UnpackBudget.ENTRY_BYTES + (1 << 20)));
        IOException e = assertThrows(IOException.class, () -> Checkpoint.read(file));
        assertTrue(e.getMessage().startsWith("run.ckpt: metrics.csv unpacks to more than 256 MB"), e.getMessage());
        IOException flow = assertThrows(IOException.class, () -> Flow2dSession.resume(file));
        assertTrue(flow.getMessage().startsWith("run.ckpt: metrics.csv unpacks to more than 256 MB"), flow.getMessage());
    }
}
