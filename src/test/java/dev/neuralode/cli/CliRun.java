package dev.neuralode.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs command lines in-process and keeps what they printed, for the CLI tests. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command line and returns its exit code. */
    int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** The last line printed to standard error. */
    String lastError() {
        String[] lines = err.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    /** Forgets what was printed to standard output so far. */
    void clearOut() {
        out.getBuffer().setLength(0);
    }
}
