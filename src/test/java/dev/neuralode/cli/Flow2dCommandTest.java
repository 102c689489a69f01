package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.train.Flow2dSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train flow2d}: its files and columns, a resumed run appending to them, and bad options named by flag. */
class Flow2dCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void trainWritesConfigMetricsCheckpointAndSummaryAndResumes() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", "flow2d", "--dataset", "moons", "--model", "anode", "--augment", "1", "--iterations", "12",
                "--points", "200", "--noise", "0.05", "--width", "8", "--batch", "32", "--lr", "0.02", "--seed", "3", "--out",
                run.toString()), cli.err());
        for (String f : List.of("config.json", "metrics.csv", "checkpoint.ckpt", "summary.json")) {
            assertTrue(Files.size(run.resolve(f)) > 0, f);
        }
        Flow2dExperiment config = Flow2dExperiment.fromJson(Files.readString(run.resolve("config.json")));
        assertEquals("anode", config.model());
        assertEquals(1, config.augment());
        List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals("iteration,loss,accuracy,test_loss,test_accuracy,nfe_forward,nfe_backward,seconds", metrics.get(0));
        assertEquals(13, metrics.size());
        assertTrue(metrics.get(1).matches("1,\\d+\\.\\d+,\\d\\.\\d+,,,\\d+,0,\\d+\\.\\d+"), metrics.get(1));
        assertTrue(metrics.get(10).matches("10,\\d+\\.\\d+,\\d\\.\\d+,\\d+\\.\\d+,\\d\\.\\d+,\\d+,0,\\d+\\.\\d+"), metrics.get(10));
        Flow2dSummary summary = Flow2dSummary.fromJson(Files.readString(run.resolve("summary.json")));
        assertEquals(12, summary.iterations());
        assertEquals(12, summary.nfeWindow());
        assertTrue(summary.testAccuracy() > 0.5 && summary.meanNfeForward() > 0, summary.toString());
        assertTrue(cli.out().contains("iteration 12/12") && cli.out().contains("test accuracy"), cli.out());

        assertEquals(0, cli.run("train", "flow2d", "--resume", run.resolve("checkpoint.ckpt").toString(), "--iterations", "15",
                "--out", run.toString()), cli.err());
        metrics = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals(16, metrics.size());
        assertTrue(metrics.get(15).startsWith("15,"), metrics.get(15));
        assertEquals(15, Flow2dSummary.fromJson(Files.readString(run.resolve("summary.json"))).iterations());
    }

    @Test
    void badOptionsNameTheFlagAndTheFix() {
        assertEquals(1, cli.run("train", "flow2d", "--batch", "0", "--out", dir.toString()));
        assertTrue(cli.err().contains("--batch must be between 1 and 100000, such as 128, was 0"), cli.err());
        assertEquals(1, cli.run("train", "flow2d", "--dataset", "rings", "--out", dir.toString()));
        assertTrue(cli.err().contains("--dataset must be circles, moons, spirals, xor or custom, was rings"), cli.err());
        assertEquals(1, cli.run("train", "flow2d", "--model", "anode", "--augment", "0", "--out", dir.toString()));
        assertTrue(cli.err().contains("--augment must be between 1 and 64"), cli.err());
        assertEquals(1, cli.run("train", "flow2d", "--rtol", "-1e-3", "--out", dir.toString()));
        assertTrue(cli.err().contains("--rtol must be in (0, 1), such as 1e-3, was -0.001"), cli.err());
        assertEquals(2, cli.run("train", "flow2d", "--widht", "8"));
    }
}
