package dev.neuralode.cli;

import picocli.CommandLine;

/**
 * Turns an exception thrown by a command into one readable line on stderr and exit code 1. The
 * engine's exceptions already name the bad value and the fix, so a stack trace would only bury it.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + ex.getMessage()));
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }
}
