package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.Flow2dSession;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM during training: the run saves the iteration it finished, says where, and exits 143. */
class SignalTest {

    @TempDir
    Path dir;

    @Test
    void sigtermSavesTheLastIterationWrittenAndExits143() throws Exception {
        Path out = dir.resolve("run");
        Path errors = dir.resolve("stderr.txt");
        Process child = ChildCli.start(errors, "train", "flow2d", "--iterations", "1000000", "--checkpoint-every", "1000000",
                "--points", "200", "--width", "8", "--batch", "32", "--out", out.toString());
        try {
            Path metrics = out.resolve("metrics.csv");
            ChildCli.awaitRow(child, metrics, 20);
            assertTrue(child.isAlive(), "the child trains: " + Files.readString(errors));
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(90, TimeUnit.SECONDS), "the child exits after the signal");
            assertEquals(143, child.exitValue(), Files.readString(errors));
            long last = ChildCli.lastRow(metrics);
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
