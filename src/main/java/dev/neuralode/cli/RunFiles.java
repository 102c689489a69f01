package dev.neuralode.cli;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.TrainingSnapshot;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files of a headless training run in its output directory: {@code metrics.csv}, one row per
 * iteration written and flushed at once (so a crash loses nothing; a resumed run appends), and
 * {@code checkpoint.ckpt}, where a failed iteration leaves the last good state.
 */
final class RunFiles implements AutoCloseable {

    /** Writes a session's checkpoint to a file. */
    @FunctionalInterface
    interface Saver {
        void save(Path file) throws IOException;
    }

    private final Path out;
    private final BufferedWriter csv;

    private RunFiles(Path out, BufferedWriter csv) {
        this.out = out;
        this.csv = csv;
    }

    /**
     * Opens {@code metrics.csv}: a new file with {@code header}, or appended to when resuming a run that
     * has one. A file written before columns were added at the end of the header gets them first (its
     * rows with empty cells), so that the resumed run's rows match its header.
     */
    static RunFiles open(Path out, boolean resumed, String header) throws IOException {
        Files.createDirectories(out);
        Path metrics = out.resolve("metrics.csv");
        boolean fresh = !resumed || !Files.exists(metrics);
        if (!fresh) {
            widen(metrics, header);
        }
        BufferedWriter csv = fresh ? Files.newBufferedWriter(metrics) : Files.newBufferedWriter(metrics, StandardOpenOption.APPEND);
        if (fresh) {
            csv.write(header + "\n");
        }
        return new RunFiles(out, csv);
    }

    private static void widen(Path metrics, String header) throws IOException {
        List<String> lines = Files.readAllLines(metrics);
        if (lines.isEmpty() || lines.get(0).equals(header) || !header.startsWith(lines.get(0) + ",")) {
            return;
        }
        String empty = ",".repeat(header.split(",").length - lines.get(0).split(",").length);
        StringBuilder widened = new StringBuilder(header).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            widened.append(line).append(empty).append('\n');
        }
        AtomicFiles.writeString(metrics, widened.toString());
    }

    Path checkpoint() {
        return out.resolve("checkpoint.ckpt");
    }

    /** Appends one row of metrics and flushes it. */
    void row(String line) throws IOException {
        csv.write(line);
        csv.write('\n');
        csv.flush();
    }

    /** Saves the last good state after a failed iteration and says so; returns the exit code 1. */
    int failed(TrainingSnapshot s, Saver saver, PrintWriter err) throws IOException {
        saver.save(checkpoint());
        err.println("training stopped at iteration " + s.iteration() + ": " + s.message());
        err.println("the last good state is in " + checkpoint());
        return 1;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
