package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Reproductions of the paper's tables: each trains the models it compares and prints its rows next to the paper's. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce a table or figure of the paper, printing the measured values next to the published ones.",
        subcommands = {ReproduceMnist.class, ReproduceSpirals.class, ReproduceCnfVsNf.class, CommandLine.HelpCommand.class})
final class ReproduceCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
