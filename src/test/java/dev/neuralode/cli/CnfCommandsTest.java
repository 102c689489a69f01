package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.CheckpointEdits;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CnfCommandsTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CnfCommandsTest.class.getResource("/cnf/" + name).toURI());
    }

    @Test
    void trainWritesConfigMetricsCheckpointAndImagesThenEvalReadsTheCheckpoint() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", "cnf", "--dataset", "moons", "--iters", "3", "--width", "8", "--hidden", "4", "--batch", "32",
                "--rtol", "1e-3", "--atol", "1e-3", "--grid", "8", "--out", run.toString()), cli.err());
        for (String f : List.of("config.json", "metrics.csv", "checkpoint.ckpt", "density.png", "morph.png")) {
            assertTrue(Files.size(run.resolve(f)) > 0, f);
        }
        List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals("iteration,loss,nfe_f,nfe_b,seconds,test_nll", metrics.get(0));
        assertEquals(4, metrics.size());
        assertTrue(metrics.get(1).matches("1,.*,\\d+\\.\\d+"), "the held-out NLL at iteration 1: " + metrics.get(1));
        assertTrue(metrics.get(2).endsWith(","), "not evaluated at iteration 2: " + metrics.get(2));
        assertTrue(cli.out().contains("iteration 3/3") && cli.out().contains("400 points held out")
                && cli.out().contains("held-out NLL"), cli.out());

        // A run written before test_nll existed gets the column when it is resumed.
        Files.write(run.resolve("metrics.csv"), List.of("iteration,loss,nfe_f,nfe_b,seconds", "1,2.0,8,9,0.1"));
        assertEquals(0, cli.run("train", "cnf", "--resume", run.resolve("checkpoint.ckpt").toString(), "--iters", "1",
                "--grid", "8", "--out", run.toString()), cli.err());
        metrics = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals(List.of("iteration,loss,nfe_f,nfe_b,seconds,test_nll", "1,2.0,8,9,0.1,"), metrics.subList(0, 2));
        assertTrue(metrics.get(2).startsWith("4,") && metrics.get(2).split(",", -1).length == 6, metrics.get(2));

        Path points = dir.resolve("points.csv");
        Files.writeString(points, "x,y\n0.5,0.25\n-1,0\n");
        cli.clearOut();
        assertEquals(0, cli.run("eval", "cnf", "--points", points.toString(), "--checkpoint", run.resolve("checkpoint.ckpt").toString()),
                cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("x,y,logp", lines.get(0));
        assertTrue(lines.get(1).startsWith("0.5,0.25,"), lines.get(1));
        assertTrue(lines.get(3).matches("# NFE \\d+"), lines.get(3));

        // Every point, in input order, in solves of at most --eval-batch points.
        StringBuilder seven = new StringBuilder("x,y\n");
        for (int i = 0; i < 7; i++) {
            seven.append(0.25 * i - 0.75).append(',').append(0.5 - 0.125 * i).append('\n');
        }
        Files.writeString(points, seven);
        cli.clearOut();
        assertEquals(0, cli.run("eval", "cnf", "--points", points.toString(), "--eval-batch", "3", "--checkpoint",
                run.resolve("checkpoint.ckpt").toString()), cli.err());
        lines = cli.out().lines().toList();
        assertEquals(9, lines.size(), cli.out());
        for (int i = 0; i < 7; i++) {
            assertTrue(lines.get(1 + i).startsWith((float) (0.25 * i - 0.75) + "," + (float) (0.5 - 0.125 * i) + ","), lines.get(1 + i));
        }
        assertTrue(lines.get(8).matches("# NFE \\d+ \\(the largest of 3 solves of up to 3 points\\)"), lines.get(8));
    }

    @Test
    void evalImportsTorchdiffeqsCnfPyWeightsWithTheDocumentedFlags() throws Exception {
        assertEquals(0, cli.run("eval", "cnf", "--points", resource("hypernet_points.csv").toString(), "--import",
                resource("hypernet_state.npz").toString(), "--model", "hyper", "--width", "64", "--hidden", "32", "--t1", "10",
                "--base-variance", "0.1", "--dtype", "float64", "--rtol", "1e-8", "--atol", "1e-8"), cli.err());
        List<String> expected = Files.readAllLines(resource("hypernet_logp.csv"));
        List<String> actual = cli.out().lines().toList();
        for (int i = 1; i < expected.size(); i++) {
            double want = Double.parseDouble(expected.get(i).split(",")[2]);
            double got = Double.parseDouble(actual.get(i).split(",")[2]);
            assertEquals(want, got, 1e-5 * Math.max(1, Math.abs(want)), "line " + i);
        }
    }

    @Test
    void evalInFloat64ReadsThePointsAsWrittenAndMatchesFfjord() throws Exception {
        // FFJORD's own model and log p, at the reference's points.
        List<String> expected = Files.readAllLines(resource("ffjord_logp.csv"));
        Path points = Files.write(dir.resolve("points.csv"), expected.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList());
        assertEquals(0, cli.run("eval", "cnf", "--points", points.toString(), "--import", resource("ffjord_state.npz").toString(),
                "--model", "mlp", "--hidden-dims", "32,32", "--base-variance", "1", "--dtype", "float64", "--rtol", "1e-10",
                "--atol", "1e-10"), cli.err());
        List<String> actual = cli.out().lines().toList();
        for (int i = 1; i < expected.size(); i++) {
            String[] want = expected.get(i).split(",");
            String[] got = actual.get(i).split(",");
            assertEquals(want[0] + "," + want[1], got[0] + "," + got[1], "the point as written, not rounded to float32");
            // 1.3,-0.7 rounded to float32 moves log p by about 1e-7; read as written it agrees to the solver's accuracy.
            assertEquals(Double.parseDouble(want[2]), Double.parseDouble(got[2]), 1e-8, "line " + i);
        }
    }

    @Test
    void aMalformedDataFileIsRefusedWithItsNameAndLine() throws Exception {
        Path bad = dir.resolve("drawn.csv");
        Files.writeString(bad, "x,y\n1,2\n3,oops\n");
        assertEquals(1, cli.run("train", "cnf", "--data", bad.toString(), "--iters", "1", "--out", dir.resolve("r").toString()));
        assertTrue(cli.err().contains("drawn.csv line 3: 'oops' is not a number"), cli.err());
    }

    /** A code copied from the window starts a run; options override it, and the run prints the code it trains. */
    @Test
    void trainStartsFromAnExperimentCodeAndNamesAMalformedOnesField() throws Exception {
        Path run = dir.resolve("coded");
        String code = "cnf1:dataset=circles;width=8;hidden=4;batchSize=32;rtol=0.01;atol=0.01;seed=3;noise=0.5;dataSeed=9";
        assertEquals(0, cli.run("train", "cnf", "--code", code, "--iters", "1", "--grid", "8", "--rtol", "0.001",
                "--out", run.toString()), cli.err());
        dev.neuralode.train.CnfExperiment trained = dev.neuralode.train.CnfExperiment.fromJson(
                Files.readString(run.resolve("config.json")));
        assertEquals(dev.neuralode.train.ExperimentCode.parse(code).withTolerances(1e-3, 1e-2), trained);
        assertTrue(cli.out().contains("experiment code " + dev.neuralode.train.ExperimentCode.of(trained)), cli.out());

        assertEquals(1, cli.run("train", "cnf", "--code", "cnf1:rtol=fast", "--iters", "1", "--out", dir.resolve("bad").toString()));
        assertTrue(cli.err().contains("the field 'rtol' in the experiment code must be a number"), cli.err());
    }

    /** A resumed run's time estimate comes from its own pace, not from the hours its checkpoint had trained before. */
    @Test
    void theEtaOfAResumedRunIgnoresTheTimeBeforeTheResume() throws Exception {
        Path run = dir.resolve("eta");
        assertEquals(0, cli.run("train", "cnf", "--dataset", "moons", "--iters", "1", "--width", "8", "--hidden", "4", "--batch", "32",
                "--rtol", "1e-3", "--atol", "1e-3", "--grid", "8", "--out", run.toString()), cli.err());
        Path ckpt = run.resolve("checkpoint.ckpt");
        Path earlier = dir.resolve("ten-hours.ckpt");
        CheckpointEdits.replaceEntry(ckpt, earlier, "progress.properties",
                "iteration=1\noptimizerStep=1\nelapsedSeconds=36000\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        cli.clearOut();
        assertEquals(0, cli.run("train", "cnf", "--resume", earlier.toString(), "--iters", "3", "--grid", "8", "--out",
                run.toString()), cli.err());
        String first = cli.out().lines().filter(l -> l.startsWith("iteration 2/4")).findFirst().orElseThrow();
        double eta = Double.parseDouble(first.replaceFirst(".*ETA (\\d+) s$", "$1"));
        assertTrue(eta < 600, "two iterations to go at this run's pace, not at ten hours for one: " + first);
    }

    @Test
    void badSizesAndRatesAreNamedByFlagWithTheirRealLimits() {
        Path run = dir.resolve("huge-grid");
        assertEquals(1, cli.run("train", "cnf", "--grid", "100000", "--out", run.toString()));
        assertEquals("error: --grid must be between 4 and 1000 cells per side, such as 100, was 100000", cli.err().strip());
        assertTrue(!Files.exists(run), "refused before the run directory is made");
        assertEquals(1, cli.run("train", "cnf", "--lr", "1e6", "--out", dir.resolve("lr").toString()));
        assertEquals("error: --lr must be in (0, 10), such as 1e-3, was 1000000.0", cli.lastError(), "the flag and its real limit");
        Path tight = dir.resolve("tight");
        assertEquals(1, cli.run("train", "cnf", "--rtol", "1e-20", "--out", tight.toString()));
        assertTrue(cli.lastError().startsWith("error: --rtol must be at least 1.0E-7 in float32: its rounding error"),
                cli.lastError());
        assertTrue(!Files.exists(tight), "a tolerance the dtype cannot meet is refused before any work");
    }

    @Test
    void aDivergingRunNamesTheCauseAndTheFlagNotAJavaApi() {
        Path run = dir.resolve("diverging");
        assertEquals(1, cli.run("train", "cnf", "--dataset", "8gaussians", "--iters", "10", "--lr", "9.9", "--width", "16",
                "--hidden", "8", "--batch", "64", "--out", run.toString()));
        String stopped = cli.err().lines().filter(l -> l.startsWith("training stopped")).findFirst().orElseThrow();
        assertTrue(stopped.contains("the loss diverged: it rose from "), stopped);
        assertTrue(stopped.endsWith("; lower --lr (now 9.9), such as 0.99"), stopped);
        assertFalse(stopped.contains("StepOptions") || stopped.contains("maxSteps"), stopped);
        assertTrue(Files.exists(run.resolve("checkpoint.ckpt")), "the last good state is kept");
    }

    @Test
    void evalNeedsExactlyOneModelSource() {
        assertEquals(2, cli.run("eval", "cnf", "--points", "p.csv"));
        assertTrue(cli.err().contains("--checkpoint") && cli.err().contains("--import"), cli.err());
    }
}
