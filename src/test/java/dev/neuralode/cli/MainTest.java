package dev.neuralode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
    void runningOutOfMemoryIsOneLineWithTheFixAndExitOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main()).addSubcommand("exhaust", new CommandLine(new Exhaust()));
        assertEquals(1, Main.execute(commandLine, new PrintWriter(out, true), new PrintWriter(err, true), "exhaust"));
        String message = err.toString();
        assertTrue(message.startsWith("error: the command ran out of memory (Java may use "), message);
        assertTrue(message.contains("use a smaller --batch, --points or --grid, or give Java more memory, for example java -Xmx8g"),
                message);
        assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
    }

    /** A command that fails as a too-large grid does, for the test above. */
    @CommandLine.Command(name = "exhaust")
    static final class Exhaust implements Runnable {
        @Override
        public void run() {
            throw new OutOfMemoryError("Java heap space");
        }
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
