package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lab work-precision} and {@code lab batch}: their tables, and bad input as one line naming the flag. */
class LabCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void workPrecisionPrintsOneRowPerMethodAndTolerance() {
        assertEquals(0, cli.run("lab", "work-precision", "--problem", "exponential-decay", "--param", "k=2",
                "--methods", "dopri5,bosh3", "--tols", "1e-3:1e-6", "--repeats", "1"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Exponential decay (k=2.0, y0=1.0) on [0.0, 5.0], rtol = atol = tol; error:"
                + " largest over 101 times against the closed form"), lines.get(0));
        assertTrue(lines.get(1).matches("method +tol +NFE +accepted +rejected +error +wall ms"), lines.get(1));
        assertEquals(2 + 8, lines.size(), cli.out());
        assertTrue(lines.get(2).matches("dopri5 +1\\.00e-03 +\\d+ +\\d+ +\\d+ +\\d\\.\\d{3}e-\\d\\d +\\d+\\.\\d\\d"), lines.get(2));
        assertTrue(lines.get(9).startsWith("bosh3           1.00e-06"), lines.get(9));
    }

    @Test
    void pointsSetsHowManyTolerancesTheRangeHas() {
        assertEquals(0, cli.run("lab", "work-precision", "--methods", "tsit5", "--tols", "1e-2:1e-4", "--points", "5",
                "--repeats", "1"), cli.err());
        assertEquals(2 + 5, cli.out().lines().count(), cli.out());
        assertTrue(cli.out().matches("(?s).*\\ntsit5 +3\\.16e-03 .*"), cli.out());
    }

    @Test
    void aFailedSolveIsMarkedAndTheTableGoesOn() {
        // dopri5 decays with k = 1 in 5 steps at 1e-3 but needs far more than 30 at 1e-9.
        assertEquals(0, cli.run("lab", "work-precision", "--methods", "dopri5,tsit5", "--tols", "1e-3:1e-9",
                "--points", "2", "--repeats", "1", "--max-steps", "30"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(2 + 4, lines.size(), cli.out());
        assertTrue(lines.get(2).matches("dopri5 +1\\.00e-03 .*\\d\\.\\d\\d"), lines.get(2));
        assertTrue(lines.get(3).matches("dopri5 +1\\.00e-09 +0 +30 +0 +- +\\d+\\.\\d\\d  failed: the solver reached its"
                + " limit of 30 steps .*"), lines.get(3));
        assertTrue(lines.get(5).startsWith("tsit5 "), lines.get(5));
    }

    @Test
    void batchPrintsTheBatchAgainstTheSumAndTheLargestAlone() {
        assertEquals(0, cli.run("lab", "batch", "--members", "4", "--hard-factor", "3", "--tol", "1e-5"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("Exponential decay (k=1.0, y0=1.0) on [0.0, 5.0], dopri5, integral controller, rtol 1e-05, atol 1e-05",
                lines.get(0));
        assertEquals(1 + 1 + 4 + 1, lines.size(), cli.out());
        assertTrue(lines.get(5).startsWith("3       [3.0]"), lines.get(5));
        assertTrue(lines.get(6).matches("batch NFE \\d+; alone: sum \\d+, largest \\d+; f evaluated per member in the"
                + " batch \\d+ times in all"), lines.get(6));
    }

    @Test
    void badInputIsOneLineNamingTheFlagAndTheFix() {
        String[][] cases = {
            {"work-precision", "--tols", "fast", "--tols: 'fast' is not a tolerance or a range of them: write one value"
                + " in (0, 1) such as 1e-6, or LOOSE:TIGHT such as 1e-3:1e-10"},
            {"work-precision", "--methods", "dopri5,rk4", "--methods: rk4 takes fixed steps and has no tolerance to"
                + " sweep; a work-precision diagram compares the adaptive methods: dopri8, dopri5, tsit5, bosh3,"
                + " fehlberg2, adaptive_heun"},
            {"work-precision", "--methods", "dopri9", "--methods: unknown ODE method 'dopri9'; valid methods are"},
            {"work-precision", "--points", "1", "--tols, --points: a range of tolerances needs between 2 and 100 points"},
            {"work-precision", "--repeats", "0", "--repeats must be at least 1"},
            {"work-precision", "--max-steps", "0", "--max-steps: the step limit must be at least 1, was 0"},
            {"work-precision", "--problem", "lorentz", "--problem: unknown problem 'lorentz'; the problems are"},
            {"work-precision", "--param", "k", "--param 'k': write NAME=VALUE, such as --param mu=1000"},
            {"work-precision", "--param", "mu=3", "--param: exponential-decay has no parameter mu"},
            {"batch", "--param", "k=1000", "--param: exponential-decay: k = 1000.0 is outside [0.1, 100.0]"},
            {"batch", "--tol", "2", "--tol: tolerances must lie in (0, 1)"},
            {"batch", "--method", "rk5", "--method: unknown ODE method 'rk5'"},
            {"batch", "--members", "1", "--members must be between 2 and 1000"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "lab";
            System.arraycopy(c, 0, args, 1, c.length - 1);
            CliRun run = new CliRun();
            assertEquals(1, run.run(args), String.join(" ", args));
            String err = run.err().strip();
            assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
            assertTrue(err.startsWith("error: " + c[c.length - 1]), err);
        }
    }
}
