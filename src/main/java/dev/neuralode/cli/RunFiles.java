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
 * The files of a headless training run in its output directory ({@link RunDirectory}): {@code metrics.csv},
 * one row per iteration written and flushed at once (so a crash loses nothing; a resumed run appends), and
 * {@code checkpoint.ckpt}, where a failed iteration leaves the last good state.
 */
final class RunFiles implements AutoCloseable {

    /** The files whose presence means that a directory holds a run. */
    static final List<String> FILES = List.of("metrics.csv", "checkpoint.ckpt");

    /** Writes a session's checkpoint to a file. */
    @FunctionalInterface
    interface Saver {
        void save(Path file) throws IOException;
    }

    private final Path out;
    private final BufferedWriter csv;
    private final GracefulStop stop = GracefulStop.install();

    private RunFiles(Path out, BufferedWriter csv) {
        this.out = out;
        this.csv = csv;
    }

    /**
     * Opens {@code metrics.csv} in a run directory (claimed by the command, {@link RunDirectory}): a new file with {@code header}, or appended
     * to when resuming a run that has one. Resuming cuts the file back to the checkpoint's iteration
     * first (after a crash it holds rows past it, which the resumed run trains again), and a file
     * written before columns were added at the end of the header gets them (its rows with empty
     * cells), so that the resumed run's rows match its header.
     *
     * @param resumedAt the iteration of the checkpoint resumed from, or -1 for a new run
     */
    static RunFiles open(Path out, long resumedAt, String header) throws IOException {
        Files.createDirectories(out);
        Path metrics = out.resolve("metrics.csv");
        boolean fresh = resumedAt < 0 || !Files.exists(metrics);
        if (!fresh) {
            cutAndWiden(metrics, resumedAt, header);
        }
        BufferedWriter csv = fresh ? Files.newBufferedWriter(metrics) : Files.newBufferedWriter(metrics, StandardOpenOption.APPEND);
        if (fresh) {
            csv.write(header + "\n");
        }
        return new RunFiles(out, csv);
    }

    private static void cutAndWiden(Path metrics, long resumedAt, String header) throws IOException {
        List<String> lines = Files.readAllLines(metrics);
        if (lines.isEmpty()) {
            return;
        }
        String first = lines.get(0);
        boolean widen = !first.equals(header) && header.startsWith(first + ",");
        String empty = widen ? ",".repeat(header.split(",").length - first.split(",").length) : "";
        StringBuilder kept = new StringBuilder(widen ? header : first).append('\n');
        boolean cut = false;
        for (String line : lines.subList(1, lines.size())) {
            if (iterationOf(line) > resumedAt) {
                cut = true;
                continue;
            }
            kept.append(line).append(empty).append('\n');
        }
        if (widen || cut) {
            AtomicFiles.writeString(metrics, kept.toString());
        }
    }

    /** The first column of a metrics row; a row without one (a half-written last line) counts as past any checkpoint. */
    private static long iterationOf(String row) {
        try {
            return Long.parseLong(row.substring(0, Math.max(0, row.indexOf(','))).trim());
        } catch (NumberFormatException malformed) {
            return Long.MAX_VALUE;
        }
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

    /**
     * After Ctrl-C or SIGTERM, saves the state after {@code iteration} (the last row written) and
     * says where; the JVM then exits as a signalled process does.
     *
     * @return whether the run must stop
     */
    boolean stopped(long iteration, Saver saver, PrintWriter err) throws IOException {
        if (!stop.requested()) {
            return false;
        }
        try {
            saver.save(checkpoint());
            err.println("stopped by a signal after iteration " + iteration + ": the run is saved in " + checkpoint()
                    + "; continue it with --resume " + checkpoint());
            err.flush();
        } finally {
            stop.saved();
        }
        return true;
    }

    /** Saves the last good state after a failed iteration and says so; returns the exit code 1. */
    int failed(TrainingSnapshot s, Saver saver, PrintWriter err) throws IOException {
        saver.save(checkpoint());
        err.println("training stopped at iteration " + s.iteration() + ": " + SettingFlags.failure(s));
        err.println("the last good state is in " + checkpoint());
        return 1;
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            stop.close();
        }
    }
}
