package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks: {@code bench solve}, later {@code bench train}. Speed is measured here, never in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the engine's speed against the torchdiffeq figures.",
        subcommands = {SolveBenchmark.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
