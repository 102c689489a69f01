package dev.neuralode.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a CSV file a user gave, naming why it cannot be opened or read: the file system's own reason
 * is a bare path for a missing file, a directory opens without complaint and fails on the first read,
 * and the decoder's reason for bytes that are not UTF-8 is "Input length = 1".
 */
final class CsvFile {

    private CsvFile() {
    }

    /** A UTF-8 reader of the file. */
    static BufferedReader open(Path file) throws DataFileException {
        if (Files.isDirectory(file)) {
            throw new DataFileException(file, 0, "is a directory; give a CSV file, such as one in it");
        }
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, 0, "does not exist; check the path " + file);
        } catch (AccessDeniedException e) {
            throw new DataFileException(file, 0, "may not be read (permission denied); choose a file you may read");
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be opened (" + e.getMessage() + "); check the path " + file);
        }
    }

    /**
     * The refusal of a file that is not UTF-8 text (a spreadsheet's default export in some locales). It
     * names no line: the reader decodes blocks ahead of the line it returns.
     */
    static DataFileException notUtf8(Path file) {
        return new DataFileException(file, 0, "is not UTF-8 text (a character such as é saved in another encoding); export it"
                + " from your spreadsheet as CSV UTF-8");
    }
}
