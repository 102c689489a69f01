package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory is held by one run, is not written over without --overwrite, and a resumed run's metrics are cut back. */
class RunDirectoryTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private String[] train(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "flow2d", "--iterations", "4", "--points", "100", "--width", "8",
                "--batch", "32", "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aSecondRunOnAHeldDirectoryIsRefusedNamingTheHolder() throws Exception {
        Path out = dir.resolve("run");
        try (RunDirectory held = RunDirectory.claim(out, false, false, RunFiles.FILES)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RunDirectory.claim(out, false, false, RunFiles.FILES));
            assertTrue(e.getMessage().startsWith(out + " is in use by another run (process " + ProcessHandle.current().pid() + ", since "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("wait for it to finish, or choose another --out"), e.getMessage());
        }
        RunDirectory.claim(out, false, false, RunFiles.FILES).close();
    }

    @Test
    void aRunIsNotWrittenOverWithoutOverwriteAndIsLeftByteForByte() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, cli.run(train(out)), cli.err());
        byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
        byte[] checkpoint = Files.readAllBytes(out.resolve("checkpoint.ckpt"));
        byte[] config = Files.readAllBytes(out.resolve("config.json"));

        assertEquals(1, cli.run(train(out, "--seed", "7")));
        assertEquals("error: " + out + " already holds a run (metrics.csv, checkpoint.ckpt): continue it with --resume, choose"
                + " another --out, or add --overwrite to replace it", cli.err().strip());
        assertArrayEquals(metrics, Files.readAllBytes(out.resolve("metrics.csv")));
        assertArrayEquals(checkpoint, Files.readAllBytes(out.resolve("checkpoint.ckpt")));
        assertArrayEquals(config, Files.readAllBytes(out.resolve("config.json")));

        assertEquals(0, cli.run(train(out, "--seed", "7", "--overwrite")), cli.err());
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"seed\" : 7"), Files.readString(out.resolve("config.json")));
    }

    @Test
    void aMissingOrDirectoryCheckpointAndAMissingConfigAreNamedWithTheFix() throws Exception {
        Path absent = dir.resolve("absent.ckpt");
        assertEquals(1, cli.run("train", "flow2d", "--resume", absent.toString(), "--out", dir.resolve("a").toString()));
        assertEquals("error: there is no checkpoint " + absent + ": check the path", cli.lastError());
        assertEquals(1, cli.run("train", "flow2d", "--resume", dir.toString(), "--out", dir.resolve("b").toString()));
        assertEquals("error: " + dir + " is a directory, not a checkpoint: give the checkpoint file, such as "
                + dir.resolve("checkpoint.ckpt"), cli.lastError());
        Path config = dir.resolve("none.json");
        assertEquals(1, cli.run("train", "cnf", "--config", config.toString(), "--out", dir.resolve("c").toString()));
        assertEquals("error: there is no file " + config + ": check the path", cli.lastError());
    }

    @Test
    void aFileGivenAsOutIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(1, cli.run(train(file)));
        assertTrue(cli.err().contains("--out " + file + " is a file, not a directory: choose a directory"), cli.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void resumingAfterACrashCutsTheMetricsBackAndRemovesItsTemporaryFile() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, cli.run(train(out)), cli.err());
        // As if the run had gone on past its last checkpoint and crashed: rows 5 and 6, the last half written.
        Files.writeString(out.resolve("metrics.csv"), "5,0.5,0.9,,,14,0,0.01\n6,0.4", java.nio.file.StandardOpenOption.APPEND);
        // And the temporary file a crash during a checkpoint write leaves behind; the user's own files stay.
        Path stale = Files.writeString(out.resolve(".checkpoint.ckpt8815920214.tmp"), "half a checkpoint");
        Path own = Files.writeString(out.resolve("notes.tmp"), "mine");
        assertEquals(0, cli.run("train", "flow2d", "--resume", out.resolve("checkpoint.ckpt").toString(), "--iterations", "6",
                "--out", out.toString()), cli.err());
        assertTrue(!Files.exists(stale) && Files.exists(own), "the stale temporary file is removed, nothing else");
        List<String> iterations = Files.readAllLines(out.resolve("metrics.csv")).stream().skip(1).map(r -> r.split(",")[0]).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), iterations, "each iteration once");
    }
}
