package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.Flow2dSession;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM during training: the run saves the iteration it finished, says where, and exits 143. */
class SignalTest {

    @TempDir
    Path dir;

    private static long lastRow(Path metrics) throws Exception {
        List<String> rows = Files.readAllLines(metrics);
        return rows.size() < 2 ? 0 : Long.parseLong(rows.get(rows.size() - 1).split(",")[0]);
    }

    @Test
    void sigtermSavesTheLastIterationWrittenAndExits143() throws Exception {
        Path out = dir.resolve("run");
        Path errors = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train", "flow2d",
                "--iterations", "1000000", "--checkpoint-every", "1000000", "--points", "200", "--width", "8", "--batch", "32",
                "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
        try {
            Path metrics = out.resolve("metrics.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(metrics) && lastRow(metrics) >= 20) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(child.isAlive(), "the child trains: " + Files.readString(errors));
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(90, TimeUnit.SECONDS), "the child exits after the signal");
            assertEquals(143, child.exitValue(), Files.readString(errors));
            long last = lastRow(metrics);
            assertEquals(last, Flow2dSession.resume(out.resolve("checkpoint.ckpt")).iteration(),
                    "the checkpoint holds the last iteration in metrics.csv");
            String message = Files.readString(errors);
            assertTrue(message.contains("stopped by a signal after iteration " + last + ": the run is saved in " + out + File.separator
                    + "checkpoint.ckpt; continue it with --resume"), message);
        } finally {
            child.destroyForcibly();
        }
    }
}
