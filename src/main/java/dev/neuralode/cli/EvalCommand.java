package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eval <model>}: evaluate a trained or imported model on given inputs. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a trained or imported model.",
        subcommands = {EvalCnfCommand.class, EvalMnistCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
