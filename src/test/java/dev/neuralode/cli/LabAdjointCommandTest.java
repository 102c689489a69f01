package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabAdjointCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void printsEveryMethodAtEveryHorizon() {
        assertEquals(0, cli.run("lab", "adjoint", "--problem", "exponential-decay", "--param", "k=20", "--horizons", "0.5,1",
                "--rtol", "1e-6", "--atol", "1e-8"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Exponential decay (k=20.0)") && out.contains("reference: direct backpropagation through dopri8"),
                out);
        for (String method : new String[] {"direct", "adjoint", "checkpointed adjoint", "finite differences"}) {
            assertEquals(2, out.lines().filter(l -> l.matches("\\s*[0-9.]+\\s+" + method + "\\s+\\d.*")).count(),
                    method + " once per horizon:\n" + out);
        }
        // The adjoint's reconstruction error at T = 1 with k = 20 is of order one; the checkpointed one's is tiny.
        String adjointRow = out.lines().filter(l -> l.matches("\\s*1\\.000\\s+adjoint\\s.*")).findFirst().orElseThrow();
        double reconstruction = Double.parseDouble(adjointRow.trim().split("\\s+")[3]);
        assertTrue(reconstruction > 1e-2, adjointRow);
    }

    @Test
    void badInputIsOneLineNamingTheFlag() {
        assertBad("--horizons: lorenz is chaotic", "lab", "adjoint", "--problem", "lorenz", "--horizons", "1,100");
        assertBad("--horizons must be a number", "lab", "adjoint", "--horizons", "1,ten");
        assertBad("--problem: unknown problem 'pendulum'", "lab", "adjoint", "--problem", "pendulum");
        assertBad("--param: exponential-decay has no parameter mu", "lab", "adjoint", "--param", "mu=2");
        assertBad("--param '20': write NAME=VALUE", "lab", "adjoint", "--param", "20");
        assertBad("--method: ", "lab", "adjoint", "--method", "euler2");
        assertBad("--rtol must be a number", "lab", "adjoint", "--rtol", "tight");
    }

    private void assertBad(String expected, String... args) {
        CliRun run = new CliRun();
        assertEquals(1, run.run(args), run.out());
        assertTrue(run.err().startsWith("error: " + expected), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
    }
}
