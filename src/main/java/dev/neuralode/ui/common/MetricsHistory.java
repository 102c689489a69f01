package dev.neuralode.ui.common;

import dev.neuralode.train.TrainingSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every successful iteration's metrics as growable columns, kept on the FX thread: the charts
 * append what is new since they last looked, and the metrics CSV export writes them all.
 */
public final class MetricsHistory {

    /** A column of the history; HELD_OUT is the held-out NLL, NaN in the rows where it was not evaluated. */
    public enum Column { ITERATION, LOSS, NFE_FORWARD, NFE_BACKWARD, SECONDS, ELAPSED, HELD_OUT }

    private static final int COLUMNS = Column.values().length;
    /** Each column's name in the CSV header, in {@link Column} order. */
    private static final String[] CSV_NAMES = {"iteration", "loss", "nfe_forward", "nfe_backward", "seconds", "elapsed_seconds",
        "test_nll"};

    private double[][] columns = new double[COLUMNS][256];
    private int size;
    private int clears;
    private int heldOutRows;

    public void add(TrainingSnapshot s) {
        if (s.failed()) {
            return;
        }
        addRow(new double[] {s.iteration(), s.loss(), s.nfeForward(), s.nfeBackward(), s.seconds(), s.elapsedSeconds(),
            s.heldOutLoss()});
    }

    private void addRow(double[] row) {
        if (size == columns[0].length) {
            for (int c = 0; c < COLUMNS; c++) {
                columns[c] = Arrays.copyOf(columns[c], 2 * size);
            }
        }
        if (Double.isFinite(row[Column.HELD_OUT.ordinal()])) {
            heldOutRows++;
        }
        for (int c = 0; c < COLUMNS; c++) {
            columns[c][size] = row[c];
        }
        size++;
    }

    public void clear() {
        columns = new double[COLUMNS][256];
        size = 0;
        heldOutRows = 0;
        clears++;
    }

    public int size() {
        return size;
    }

    /** Changes whenever the history is cleared, so a chart knows to start over. */
    public int clears() {
        return clears;
    }

    /** How many rows carry a held-out NLL (none for sessions that hold no data out). */
    public int heldOutRows() {
        return heldOutRows;
    }

    /** A copy of rows {@code [from, to)} of one column. */
    public double[] column(Column c, int from, int to) {
        return Arrays.copyOfRange(columns[c.ordinal()], from, to);
    }

    public double value(Column c, int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return columns[c.ordinal()][row];
    }

    /**
     * The history as CSV with a header: iteration, loss, nfe_forward, nfe_backward, seconds,
     * elapsed_seconds, and test_nll (the held-out NLL, empty where it was not evaluated) when any row
     * has one.
     */
    public String toCsv() {
        boolean heldOut = heldOutRows > 0;
        StringBuilder s = new StringBuilder(48 * (size + 1)).append("iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds")
                .append(heldOut ? ",test_nll\n" : "\n");
        for (int i = 0; i < size; i++) {
            s.append((long) columns[0][i]).append(',')
                    .append(columns[1][i]).append(',')
                    .append((long) columns[2][i]).append(',')
                    .append((long) columns[3][i]).append(',')
                    .append(String.format(Locale.ROOT, "%.6f,%.6f", columns[4][i], columns[5][i]));
            if (heldOut) {
                s.append(',');
                if (Double.isFinite(columns[6][i])) {
                    s.append(columns[6][i]);
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * Appends the rows of a history written by {@link #toCsv()} (saved in an experiment file), so
     * that an opened experiment's charts show how it got there. Columns are found by their header
     * names, so that files from versions with more or fewer columns still load (a missing column
     * reads as NaN); an empty cell reads as NaN (the held-out NLL of rows where it was not evaluated); reading stops at the first malformed row, keeping the rows before it.
     *
     * @return the number of rows appended
     */
    public int restore(String csv) {
        String[] lines = csv.split("\\R");
        if (lines.length == 0) {
            return 0;
        }
        List<String> header = Arrays.stream(lines[0].split(",")).map(String::trim).toList();
        int[] at = new int[COLUMNS];
        for (Column c : Column.values()) {
            at[c.ordinal()] = header.indexOf(CSV_NAMES[c.ordinal()]);
        }
        if (at[Column.ITERATION.ordinal()] < 0) {
            return 0;
        }
        int added = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",");
            double[] row = new double[COLUMNS];
            try {
                for (int c = 0; c < COLUMNS; c++) {
                    row[c] = at[c] >= 0 && at[c] < cells.length && !cells[at[c]].isBlank()
                            ? Double.parseDouble(cells[at[c]].trim()) : Double.NaN;
                }
            } catch (NumberFormatException e) {
                break;
            }
            addRow(row);
            added++;
        }
        return added;
    }
}
