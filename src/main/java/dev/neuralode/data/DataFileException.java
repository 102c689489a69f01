package dev.neuralode.data;

import java.nio.file.Path;

/**
 * A data file that cannot be used, with the file, the line (0 when the problem is the whole file)
 * and a message that says how to fix it. Callers keep their previous dataset.
 */
public final class DataFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public DataFileException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
