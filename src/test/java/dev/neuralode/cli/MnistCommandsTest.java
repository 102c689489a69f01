package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reproduce mnist} and {@code eval mnist --sweep} on a few dozen images: the table beside the
 * paper's, the CSV, a run folder per model, the sweep's rows, and flags named in errors.
 */
class MnistCommandsTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void reproducePrintsTable1WritesTheCsvAndTheSweepReadsItsCheckpoint() throws Exception {
        assertEquals(0, cli.run("reproduce", "mnist", "--models", "stem,odenet", "--epochs", "1", "--train-images", "64", "--batch",
                "32", "--validation-images", "32", "--test-images", "48", "--out", dir.toString()), cli.err());
        String report = cli.out();
        assertTrue(report.contains("Table 1: test error and parameters, measured (paper)"), report);
        assertTrue(report.matches("(?s).*\\nODE-Net +\\d+\\.\\d\\d% \\(0\\.42%\\) +208,266 \\(0\\.22M\\) +O\\(1\\) +\\d+\\.\\d.*"), report);
        assertTrue(report.matches("(?s).*\\nstem only +\\d+\\.\\d\\d% \\(n/a\\) +132,874 \\(n/a\\) +O\\(1\\) +- .*"), report);
        assertTrue(report.contains("test error") && report.contains("on 48 images"), report);
        List<String> csv = Files.readAllLines(dir.resolve("mnist-table1.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(0).startsWith("model,parameters,test_error,validation_error,paper_test_error"), csv.get(0));
        assertTrue(csv.get(1).startsWith("stem,132874,") && csv.get(1).contains(",,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("odenet,208266,") && csv.get(2).contains(",0.0042,"), csv.get(2));
        for (String model : List.of("stem", "odenet")) {
            for (String file : List.of("config.json", "metrics.csv", "checkpoint.ckpt", "best.ckpt")) {
                assertTrue(Files.exists(dir.resolve(model).resolve(file)), model + "/" + file);
            }
        }

        cli.clearOut();
        assertEquals(0, cli.run("eval", "mnist", "--checkpoint", dir.resolve("odenet/best.ckpt").toString(), "--sweep",
                "--test-images", "16"), cli.err());
        String sweep = cli.out();
        assertTrue(sweep.contains("tolerance  test error  mean NFE  seconds"), sweep);
        assertEquals(7, sweep.lines().filter(l -> l.matches(" *\\de-0\\d +\\d+\\.\\d\\d% +\\d+\\.\\d +\\d+\\.\\d")).count(), sweep);
    }

    @Test
    void badOptionsNameTheFlag() {
        assertEquals(1, cli.run("reproduce", "mnist", "--models", "odenet,lenet", "--out", dir.toString()));
        assertTrue(cli.err().contains("--models: unknown model 'lenet'"), cli.err());
        assertEquals(1, cli.run("reproduce", "mnist", "--epochs", "0", "--out", dir.toString()));
        assertTrue(cli.err().contains("--epochs must be at least 1") && cli.err().contains("were 0, 128"), cli.err());
    }
}
