package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks (not tests): each prints wall time per unit of work with the work counted beside it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: time per pass, with NFE or native calls beside each figure.",
        subcommands = {AutodiffBench.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
