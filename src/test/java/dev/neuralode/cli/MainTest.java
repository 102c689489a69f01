package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpExitsZeroAndListsTheCommands() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("Usage: neural-ode-explorer"), help);
        assertTrue(help.contains("Commands:"), help);
        assertTrue(help.contains("info"), help);
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("(?s)Neural ODE Explorer \\d+\\.\\d+\\.\\d+.*"), out.toString());
    }

    @Test
    void unknownOptionExitsTwoWithUsage() {
        assertEquals(2, run("--no-such-option"));
        String message = err.toString();
        assertTrue(message.contains("Unknown option: '--no-such-option'"), message);
        assertTrue(message.contains("Usage:"), message);
    }

    @Test
    void badThreadCountFailsWithTheValueAndTheFix() {
        assertEquals(1, run("info", "--threads", "0"));
        assertTrue(err.toString().contains("must be between 1 and 256, was 0"), err.toString());
    }

    @Test
    void infoReportsTheBackend() {
        assertEquals(0, run("info", "--threads", "1"));
        assertTrue(out.toString().contains("backend  CPU"), out.toString());
        assertTrue(out.toString().contains("1 thread"), out.toString());
    }
}
