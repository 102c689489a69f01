package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    private final CliRun cli = new CliRun();

    @Test
    void helpExitsZeroAndListsTheCommands() {
        assertEquals(0, cli.run("--help"));
        String help = cli.out();
        assertTrue(help.contains("Usage: neural-ode-explorer"), help);
        assertTrue(help.contains("Commands:"), help);
        assertTrue(help.contains("info"), help);
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().matches("(?s)Neural ODE Explorer \\d+\\.\\d+\\.\\d+.*"), cli.out());
    }

    @Test
    void unknownOptionExitsTwoWithUsage() {
        assertEquals(2, cli.run("--no-such-option"));
        String message = cli.err();
        assertTrue(message.contains("Unknown option: '--no-such-option'"), message);
        assertTrue(message.contains("Usage:"), message);
    }

    @Test
    void badThreadCountFailsWithTheValueAndTheFix() {
        assertEquals(1, cli.run("info", "--threads", "0"));
        assertTrue(cli.err().contains("must be between 1 and 256, was 0"), cli.err());
    }

    @Test
    void infoReportsTheBackend() {
        assertEquals(0, cli.run("info", "--threads", "1"));
        assertTrue(cli.out().contains("backend  CPU"), cli.out());
        assertTrue(cli.out().contains("1 thread"), cli.out());
        assertTrue(cli.out().contains("float32 on host kernels, float64 on ND4J kernels"), cli.out());
    }
}
