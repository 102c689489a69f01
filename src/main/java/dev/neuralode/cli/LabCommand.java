package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lab <command>}: the solver lab on the command line, the window's experiments headless. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "The solver lab: solve problems with known answers and see how a solver behaves.",
        subcommands = {LabSolveCommand.class, CommandLine.HelpCommand.class})
final class LabCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
