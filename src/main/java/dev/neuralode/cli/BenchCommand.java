package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks (not tests): each prints wall time per unit of work with the work (NFE, native calls) beside it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the engine's speed against the torchdiffeq figures, with the work beside each time.",
        subcommands = {AutodiffBench.class, SolveBenchmark.class, MemoryBenchmark.class, OdeDemoBenchmark.class, CnfBenchmark.class,
                LatentBenchmark.class, MnistBenchmark.class, SoakBenchmark.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
