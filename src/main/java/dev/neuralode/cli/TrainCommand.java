package dev.neuralode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code train <model>}: headless training runs that write metrics, checkpoints and images. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model headless.",
        subcommands = {TrainCnfCommand.class, TrainMnistCommand.class, TrainFlow2dCommand.class, CommandLine.HelpCommand.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
