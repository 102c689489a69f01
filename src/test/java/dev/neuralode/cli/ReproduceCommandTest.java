package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reproduce spirals} on a tiny set: it trains, prints Table 2 (the window RMSE) beside the
 * paper's values and then the extrapolation experiment, and writes its CSV.
 */
class ReproduceCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void printsTable2AndWritesTheCsv() throws Exception {
        assertEquals(0, cli.run("reproduce", "spirals", "--n", "30,15", "--spirals", "20", "--iters", "3", "--rnn-iters", "4",
                "--batch", "8", "--seed", "3", "--placement", "held-out", "--out", dir.toString()), cli.err());
        String report = cli.out();
        int table2 = report.indexOf("Table 2: RMSE over the 100 points of each test spiral's window, n of them observed;"
                + " noise-free targets, observations with noise sd 0.3");
        int extra = report.indexOf("Extra experiment: extrapolation beyond the window, RMSE on the 100 noise-free points after it"
                + " (placement held-out");
        assertTrue(table2 >= 0 && extra > table2, "Table 2 first, the extra experiment second: " + report);
        String window = report.substring(table2, extra);
        assertTrue(window.matches("(?s).*\\nRNN +\\d+\\.\\d{4} \\(0\\.3937\\) +\\d+\\.\\d{4} \\(n/a\\)\\n.*"), window);
        assertTrue(window.matches("(?s).*\\nLatent ODE +\\d+\\.\\d{4} \\(0\\.1642\\).*"), window);
        assertTrue(report.substring(extra).matches("(?s).*\\nRNN +\\d+\\.\\d{4} +\\d+\\.\\d{4}\\n.*"), report.substring(extra));
        assertTrue(report.contains("n=15  Latent ODE     3/3"), report);
        assertTrue(report.contains("wall time"), report);
        List<String> csv = Files.readAllLines(dir.resolve("spirals-table2.csv"));
        assertEquals("n,model,table2_window_rmse,paper_rmse,extra_future_rmse,placement,noise_std,ode_rtol,ode_atol,iterations,batch,"
                + "learning_rate,seed,train_seconds,final_loss", csv.get(0));
        assertEquals(7, csv.size());
        assertTrue(csv.get(1).startsWith("30,RNN,"), csv.get(1));
        assertTrue(csv.get(3).matches("30,Latent ODE,[0-9.]+,0\\.1642,[0-9.]+,held-out,0\\.3,1\\.0E-5,1\\.0E-6,3,.*"), csv.get(3));
        assertTrue(csv.get(6).startsWith("15,Latent ODE,") && csv.get(6).contains(",,"), csv.get(6));
        // No temporary file is left next to it.
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void table2HasThePapersColumnsAndPlacesWindowsAsTorchdiffeqByDefault() {
        assertEquals(0, cli.run("reproduce", "spirals", "--spirals", "10", "--iters", "1", "--rnn-iters", "1", "--batch", "4",
                "--out", dir.toString()), cli.err());
        String report = cli.out();
        String table2 = report.substring(report.indexOf("Table 2: RMSE over the 100 points"));
        assertTrue(table2.contains("\nmodel       n = 30/100          n = 50/100          n = 100/100\n"), table2);
        assertTrue(table2.matches("(?s).*\\nRNN +[0-9.]+ \\(0\\.3937\\) +[0-9.]+ \\(0\\.3202\\) +[0-9.]+ \\(0\\.1813\\)\\n.*"), table2);
        assertTrue(table2.matches("(?s).*\\nLatent ODE +[0-9.]+ \\(0\\.1642\\) +[0-9.]+ \\(0\\.1502\\) +[0-9.]+ \\(0\\.1346\\)\\n.*"),
                table2);
        assertTrue(report.contains("(placement torchdiffeq: windows within grid indices"), report);
    }

    @Test
    void badOptionsNameTheValueAndTheFix() {
        assertEquals(1, cli.run("reproduce", "spirals", "--n", "30,500", "--out", dir.toString()));
        assertTrue(cli.err().contains("--n must lie in [2, 100]"), cli.err());
        assertTrue(cli.err().contains("was 500"), cli.err());
        assertEquals(1, cli.run("reproduce", "spirals", "--placement", "anywhere", "--out", dir.toString()));
        assertTrue(cli.err().contains("unknown window placement 'anywhere'; use torchdiffeq or held-out"), cli.err());
        assertEquals(1, cli.run("reproduce", "spirals", "--rtol", "-1", "--out", dir.toString()));
        assertTrue(cli.err().contains("--rtol -1.0, --atol 1.0E-6: rtol must be a finite number >= 0, was -1.0"), cli.err());
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
