package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabSolveCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void aSolvePrintsItsCostErrorAndSettings() {
        assertEquals(0, cli.run("lab", "solve", "--problem", "exponential-decay", "--param", "k=2", "--rtol", "1e-8"));
        String out = cli.out();
        assertTrue(out.contains("problem    Exponential decay (k=2.0, y0=1.0)"), out);
        assertTrue(out.contains("settings   dopri5, integral controller, rtol 1e-08, atol 1e-08"), out);
        assertTrue(out.matches("(?s).*NFE +\\d+.*"), out);
        assertTrue(out.matches("(?s).*steps +\\d+ accepted, \\d+ rejected.*"), out);
        assertTrue(out.contains("over 400 output times") && out.contains("(reference: closed form)"), out);
        assertTrue(out.contains("wall time"), out);
        assertFalse(out.contains("failure"), out);
    }

    @Test
    void stepsPrintsOneRowPerAttemptedStep() {
        assertEquals(0, cli.run("lab", "solve", "--problem", "exponential-decay", "--method", "rk4", "--step", "0.25", "--steps"));
        String out = cli.out();
        assertTrue(out.contains("step  t"), out);
        long rows = out.lines().filter(l -> l.matches(" *\\d+  .*  (yes|no)")).count();
        assertEquals(20, rows, out);
        assertTrue(out.contains("rk4, fixed step 0.250"), out);
    }

    @Test
    void invariantsAndEventsAreReported() {
        assertEquals(0, cli.run("lab", "solve", "--problem", "kepler", "--param", "e=0.5", "--rtol", "1e-8", "--atol", "1e-8"));
        assertTrue(cli.out().contains("drift      energy: max |drift|"), cli.out());
        assertTrue(cli.out().contains("drift      angular momentum: max |drift|"), cli.out());
        cli.clearOut();
        assertEquals(0, cli.run("lab", "solve", "--problem", "bouncing-ball", "--controller", "pi"));
        assertTrue(cli.out().contains("events     6, the first at t = 0.4515236"), cli.out());
    }

    @Test
    void aTypedProblemIsSolvedAgainstTheNumericalReference() {
        assertEquals(0, cli.run("lab", "solve", "--rhs", "y2", "--rhs=-y1", "--y0", "-1,0", "--t1", "1"));
        assertTrue(cli.out().contains("Typed problem (dy1/dt = y2, dy2/dt = -y1, y(0.0) = [-1.0, 0.0], t1 = 1.0)"), cli.out());
        assertTrue(cli.out().contains("(reference: dopri8 (Hipparchus DOP853) at rtol = atol = 1e-13"), cli.out());
    }

    @Test
    void aSolveThatStopsPrintsWhyAndExitsOne() {
        assertEquals(1, cli.run("lab", "solve", "--problem", "exponential-decay", "--rtol", "1e-10", "--max-steps", "5"));
        assertTrue(cli.out().contains("failure "), cli.out());
        assertTrue(cli.out().contains("NFE"), cli.out());
        assertEquals("", cli.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--problem nope | error: --problem: unknown problem 'nope'; the problems are exponential-decay,",
        "--problem van-der-pol --param mu | error: --param 'mu': write NAME=VALUE, such as --param mu=1000",
        "--problem van-der-pol --param mu=fast | error: --param mu: 'fast' is not a number; write numbers such as 1, -0.5 or 2e-3",
        "--problem van-der-pol --param nu=3 | error: --param: van-der-pol has no parameter nu; its parameters are [mu, t1]",
        "--problem van-der-pol --param mu=5000 | error: --param: van-der-pol: mu = 5000.0 is outside [0.1, 1000.0]",
        "--rhs y2 --rhs y1+y3 --y0 1,0 | error: --rhs 'y1+y3': dy2/dt, column 4: unknown variable y3 (the variables are t, y1, y2)",
        "--rhs y2 --y0 1,x | error: --y0: 'x' is not a number",
        "--rhs y2 --rhs y1 --y0 1 | error: --y0, --t0, --t1: a typed problem needs one expression per component",
        "--rhs y1 | error: --rhs needs a start: --y0",
        "--problem lorenz --rtol 2 | error: --rtol must lie in (0, 1), such as 1e-06, was 2.0",
        "--problem lorenz --atol 0 | error: --atol must lie in (0, 1), such as 1e-08, was 0.0",
        "--problem lorenz --method dopri7 | error: --method: unknown ODE method 'dopri7'; valid methods are",
        "--problem lorenz --controller p | error: --controller: unknown controller 'p'; use integral, pi or pid",
        "--problem lorenz --step 0.1 | error: --step sets the step of a fixed-grid method (",
        "--problem lorenz --method rk4 --step -1 | error: --step must be positive and finite, such as 0.01, was -1.0",
        "--problem lorenz --max-steps 0 | error: --max-steps must be at least 1",
        "--problem lorenz --t1 3 | error: --y0, --t0 and --t1 belong to a typed problem (--rhs)",
        "--problem lorenz --rhs y1 --y0 1 | error: --rhs types a problem of your own: drop --problem and --param",
        "--method rk4 | error: give a problem: --problem NAME (one of exponential-decay,",
    })
    void everyBadInputIsOneLineNamingTheFlag(String args, String expected) {
        String[] argv = ("lab solve " + args).trim().split(" +");
        assertEquals(1, cli.run(argv), cli.err());
        assertTrue(cli.err().startsWith(expected), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), "one line, no stack trace: " + cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void labAloneListsItsCommands() {
        assertEquals(0, cli.run("lab"));
        assertTrue(cli.out().contains("solve"), cli.out());
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("lab"), cli.out());
    }
}
