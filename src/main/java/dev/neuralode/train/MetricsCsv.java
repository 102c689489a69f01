package dev.neuralode.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The metrics of a run as CSV, one successful iteration a line, with the header
 * {@code iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds}: the form the metrics
 * export writes, and the entry a saved experiment keeps so that Open brings its charts back.
 *
 * <p>Reading finds the columns by their header names and ignores columns it does not know, so a
 * file written by a later version with more columns still opens.
 */
public final class MetricsCsv {

    /** The columns, in the order {@link #format} writes them. */
    public static final List<String> COLUMNS = List.of("iteration", "loss", "nfe_forward", "nfe_backward", "seconds",
            "elapsed_seconds");

    private MetricsCsv() {
    }

    /** The snapshots as CSV with a header; failed iterations are left out (their loss is not a number). */
    public static String format(List<TrainingSnapshot> snapshots) {
        StringBuilder s = new StringBuilder(48 * (snapshots.size() + 1)).append(String.join(",", COLUMNS)).append('\n');
        for (TrainingSnapshot t : snapshots) {
            if (t.failed()) {
                continue;
            }
            s.append(t.iteration()).append(',').append(t.loss()).append(',').append(t.nfeForward()).append(',')
                    .append(t.nfeBackward()).append(',')
                    .append(String.format(Locale.ROOT, "%.6f,%.6f", t.seconds(), t.elapsedSeconds())).append('\n');
        }
        return s.toString();
    }

    /**
     * Reads metrics written by {@link #format} (or the metrics export).
     *
     * @param where names the file or entry in messages
     * @throws IllegalArgumentException naming the line and the value when a column is missing or a value is malformed
     */
    public static List<TrainingSnapshot> parse(String csv, String where) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < at.length; c++) {
            at[c] = header.indexOf(COLUMNS.get(c));
            if (at[c] < 0) {
                throw new IllegalArgumentException(where + " has no column '" + COLUMNS.get(c) + "' in its header line");
            }
        }
        List<TrainingSnapshot> out = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            double[] v = new double[at.length];
            for (int c = 0; c < at.length; c++) {
                String cell = at[c] < cells.length ? cells[at[c]].strip() : "";
                try {
                    v[c] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " line " + (i + 1) + ": '" + cell + "' is not a number (column "
                            + COLUMNS.get(c) + ")", e);
                }
            }
            out.add(new TrainingSnapshot((long) v[0], v[1], (int) v[2], (int) v[3], v[4], v[5], StepTrace.EMPTY,
                    TrainingSnapshot.Status.RUNNING, ""));
        }
        return out;
    }
}
