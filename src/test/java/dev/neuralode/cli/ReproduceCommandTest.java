package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reproduce spirals} on a tiny set: it trains, prints both tables beside the paper's values and writes its CSV. */
class ReproduceCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void printsTable2AndWritesTheCsv() throws Exception {
        assertEquals(0, cli.run("reproduce", "spirals", "--n", "30,15", "--spirals", "20", "--iters", "3", "--rnn-iters", "4",
                "--batch", "8", "--seed", "3", "--out", dir.toString()), cli.err());
        String report = cli.out();
        assertTrue(report.contains("Table 2: predictive RMSE on the 100 points after the observations"), report);
        assertTrue(report.contains("RMSE on the 100 noise-free points of the observation window"), report);
        assertTrue(report.matches("(?s).*\\nRNN +\\d+\\.\\d{4} \\(0\\.3937\\) +\\d+\\.\\d{4} \\(n/a\\)\\n.*"), report);
        assertTrue(report.matches("(?s).*\\nLatent ODE +\\d+\\.\\d{4} \\(0\\.1642\\).*"), report);
        assertTrue(report.contains("n=15  Latent ODE     3/3"), report);
        assertTrue(report.contains("wall time"), report);
        List<String> csv = Files.readAllLines(dir.resolve("spirals-table2.csv"));
        assertEquals("n,model,predictive_rmse,paper_rmse,window_rmse,iterations,batch,learning_rate,seed,train_seconds,final_loss",
                csv.get(0));
        assertEquals(7, csv.size());
        assertTrue(csv.get(1).startsWith("30,RNN,"), csv.get(1));
        assertTrue(csv.get(3).startsWith("30,Latent ODE,") && csv.get(3).contains(",0.1642,"), csv.get(3));
        assertTrue(csv.get(6).startsWith("15,Latent ODE,") && csv.get(6).contains(",,"), csv.get(6));
        // No temporary file is left next to it.
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void badOptionsNameTheValueAndTheFix() {
        assertEquals(1, cli.run("reproduce", "spirals", "--n", "30,500", "--out", dir.toString()));
        assertTrue(cli.err().contains("--n must lie in [2, 100]"), cli.err());
        assertTrue(cli.err().contains("was 500"), cli.err());
    }

    @Test
    void reproduceMnistRefusesToWriteOverAnEarlierRun() throws Exception {
        Path metrics = dir.resolve("odenet").resolve("metrics.csv");
        Files.createDirectories(metrics.getParent());
        Files.writeString(metrics, "iteration,loss\n1,2.3\n");
        assertEquals(1, cli.run("reproduce", "mnist", "--quick", "--models", "odenet", "--out", dir.toString()));
        assertTrue(cli.err().contains("--overwrite"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), "one line: " + cli.err());
        assertEquals("iteration,loss\n1,2.3\n", Files.readString(metrics), "the earlier run is untouched");
    }

    @Test
    void reproduceListsItsTables() {
        assertEquals(0, cli.run("reproduce"));
        assertTrue(cli.out().contains("spirals"), cli.out());
    }
}
