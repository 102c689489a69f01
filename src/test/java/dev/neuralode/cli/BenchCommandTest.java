package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports; its timings are never asserted. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void solveReportsNfeAndTimePerTolerance() {
        assertEquals(0, run("bench", "solve", "--tol", "1e-3", "--warmup", "0", "--repeats", "1", "--threads", "1"),
                err.toString());
        String report = out.toString();
        // The full batch of 1024 points takes torchdiffeq's 38 evaluations at 1e-3.
        assertTrue(report.contains("NFE   38"), report);
        assertTrue(report.contains("ms per solve (torchdiffeq 35 ms, 38 NFE)"), report);
    }

    @Test
    void latentReportsSecondsPerIterationAndNfe() {
        assertEquals(0, run("bench", "latent", "--spirals", "16", "--target-nfe", "0", "--iters", "2"), err.toString());
        String report = out.toString();
        assertTrue(report.contains("0 untimed iterations"), report);
        assertTrue(report.matches("(?s).*median \\d+\\.\\d{3} s per iteration .* forward NFE \\d+ to \\d+ .*torchdiffeq 0\\.427 s.*"), report);
    }

    @Test
    void badOptionsNameTheValue() {
        assertEquals(1, run("bench", "solve", "--dtype", "float16", "--repeats", "1"));
        assertTrue(err.toString().contains("--dtype must be float32 or float64, was float16"), err.toString());
    }

    @Test
    void benchListsItsSubcommands() {
        assertEquals(0, run("bench"));
        assertTrue(out.toString().contains("solve"), out.toString());
        assertTrue(out.toString().contains("latent"), out.toString());
    }
}
