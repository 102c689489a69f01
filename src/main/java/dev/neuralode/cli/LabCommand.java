package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The solver lab on the command line: the comparisons the lab window draws, printed as tables. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Compare ODE solvers on the lab's problems: work-precision tables and batch coupling.",
        subcommands = {LabWorkPrecisionCommand.class, LabBatchCommand.class, CommandLine.HelpCommand.class})
final class LabCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
