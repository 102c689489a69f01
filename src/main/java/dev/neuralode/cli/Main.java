package dev.neuralode.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line entry: {@code java -jar neural-ode-explorer.jar <command>}.
 *
 * <p>Exit codes follow picocli: 0 on success, 1 when a command fails, 2 for a usage error such as
 * an unknown option.
 */
@Command(name = "neural-ode-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Neural ODE Explorer: train, evaluate and benchmark Neural ODEs headless.",
        subcommands = {InfoCommand.class, TrainCommand.class, EvalCommand.class, ReproduceCommand.class, BenchCommand.class,
                LabCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "The desktop app starts with ./mvnw javafx:run, or from the jar with:",
                "  java -cp target/neural-ode-explorer.jar dev.neuralode.ui.Launcher"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(new CommandLine(new Main()), out, err, args);
    }

    /**
     * Runs a command line; exceptions become one line by {@link FailureHandler}, and so do the
     * errors picocli lets through (it handles only exceptions), above all running out of memory.
     */
    static int execute(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(commandLine.getColorScheme().errorText(String.format(Locale.ROOT, "error: the command ran out of memory"
                    + " (Java may use %,d MB here): use a smaller --batch, --points or --grid, or give Java more memory, for"
                    + " example java -Xmx8g -jar neural-ode-explorer.jar ...", Runtime.getRuntime().maxMemory() >> 20)));
        } catch (StackOverflowError e) {
            err.println(commandLine.getColorScheme().errorText("error: the command recursed too deeply (a stack overflow);"
                    + " this is a fault of the program, not of the input: please report it with the command line"));
        }
        return 1;
    }

    @Override
    public void run() {
        // No command given: show what there is rather than doing nothing silently.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
