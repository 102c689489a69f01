package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.io.UnpackBudget;
import dev.neuralode.io.ZipBombs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint that unpacks to more than any checkpoint of this program is refused by name, without filling the heap. */
class CheckpointBombTest {

    @TempDir
    Path dir;

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
