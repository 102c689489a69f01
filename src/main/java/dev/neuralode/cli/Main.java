package dev.neuralode.cli;

import java.io.PrintWriter;
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
                CommandLine.HelpCommand.class},
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
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        // No command given: show what there is rather than doing nothing silently.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
