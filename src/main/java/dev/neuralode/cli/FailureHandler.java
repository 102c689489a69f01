package dev.neuralode.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns an exception thrown by a command into one readable line on stderr and exit code 1. The
 * engine's exceptions already name the bad value and the fix, so a stack trace would only bury it.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + message(ex)));
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    /** The exception's message; the file system's own, which is a bare path, says what is wrong with it. */
    static String message(Exception ex) {
        if (ex instanceof NoSuchFileException e) {
            return "there is no file " + e.getFile() + ": check the path";
        }
        if (ex instanceof AccessDeniedException e) {
            return "permission denied for " + e.getFile() + ": choose a file or directory you may read and write";
        }
        if (ex instanceof FileSystemException e && e.getFile() != null) {
            return e.getFile() + ": " + (e.getReason() != null ? e.getReason().toLowerCase(java.util.Locale.ROOT) : "cannot be used")
                    + "; check the path";
        }
        return ex.getMessage();
    }
}
