package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lab}: the solver lab's measurements on the command line, the tables behind the lab window's views. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "The solver lab: what solvers and gradients do on problems with known behaviour.",
        subcommands = {LabSolveCommand.class, LabWorkPrecisionCommand.class, LabBatchCommand.class, LabAdjointCommand.class,
            CommandLine.HelpCommand.class})
final class LabCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
