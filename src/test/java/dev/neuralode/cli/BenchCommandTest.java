package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark runs and reports; its timings are never asserted. */
class BenchCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void solveReportsNfeAndTimePerTolerance() {
        assertEquals(0, cli.run("bench", "solve", "--tol", "1e-3", "--jit-warmup-seconds", "0", "--warmup", "0", "--repeats", "1", "--threads", "1"),
                cli.err());
        String report = cli.out();
        // The full batch of 1024 points takes torchdiffeq's 38 evaluations at 1e-3.
        assertTrue(report.contains("NFE   38"), report);
        assertTrue(report.contains("ms per solve (torchdiffeq 35 ms, 38 NFE)"), report);
    }

    @Test
    void latentReportsSecondsPerIterationAndNfe() {
        assertEquals(0, cli.run("bench", "latent", "--spirals", "16", "--target-nfe", "0", "--iters", "2"), cli.err());
        String report = cli.out();
        assertTrue(report.contains("0 untimed iterations"), report);
        assertTrue(report.matches("(?s).*median \\d+\\.\\d{3} s per iteration .* forward NFE \\d+ to \\d+ .*torchdiffeq 0\\.427 s.*"), report);
    }

    @Test
    void soakReportsMemoryAtIntervalsAndItsGrowthAfterWarmUp() {
        assertEquals(0, cli.run("bench", "soak", "--minutes", "0.05", "--every", "1"), cli.err());
        java.util.List<String> lines = cli.out().lines().toList();
        assertEquals("seconds,iterations,heap_live_mb,off_heap_mb,resident_mb,nfe_forward", lines.get(0));
        java.util.List<String> rows = lines.stream().filter(l -> l.matches("\\d+,\\d+,[0-9.]+,[0-9.]+,[0-9.]+,\\d+")).toList();
        assertTrue(rows.size() >= 3, "a report at the start, about every second, and at the end: " + cli.out());
        assertTrue(lines.get(lines.size() - 1).matches("after warm-up: heap [0-9.]+ -> [0-9.]+ MB \\([+-][0-9.]+%\\), off-heap .*,"
                + " resident .*"), lines.get(lines.size() - 1));
        assertEquals(1, cli.run("bench", "soak", "--minutes", "0"));
        assertTrue(cli.err().contains("--minutes must be in (0, 1440]"), cli.err());
    }

    @Test
    void badOptionsNameTheValue() {
        assertEquals(1, cli.run("bench", "solve", "--dtype", "float16", "--repeats", "1"));
        assertTrue(cli.err().contains("--dtype must be float32 or float64, was float16"), cli.err());
    }

    @Test
    void benchListsItsSubcommands() {
        assertEquals(0, cli.run("bench"));
        assertTrue(cli.out().contains("solve"), cli.out());
        assertTrue(cli.out().contains("latent"), cli.out());
    }
}
