package dev.neuralode.ui.common;

import dev.neuralode.train.TrainingSnapshot;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every successful iteration's metrics as growable columns, kept on the FX thread: the charts
 * append what is new since they last looked, and the metrics CSV export writes them all.
 */
public final class MetricsHistory {

    /** A column of the history. */
    public enum Column { ITERATION, LOSS, NFE_FORWARD, NFE_BACKWARD, SECONDS, ELAPSED }

    private static final int COLUMNS = Column.values().length;

    private double[][] columns = new double[COLUMNS][256];
    private int size;
    private int clears;

    public void add(TrainingSnapshot s) {
        if (s.failed()) {
            return;
        }
        if (size == columns[0].length) {
            for (int c = 0; c < COLUMNS; c++) {
                columns[c] = Arrays.copyOf(columns[c], 2 * size);
            }
        }
        double[] row = {s.iteration(), s.loss(), s.nfeForward(), s.nfeBackward(), s.seconds(), s.elapsedSeconds()};
        for (int c = 0; c < COLUMNS; c++) {
            columns[c][size] = row[c];
        }
        size++;
    }

    public void clear() {
        columns = new double[COLUMNS][256];
        size = 0;
        clears++;
    }

    public int size() {
        return size;
    }

    /** Changes whenever the history is cleared, so a chart knows to start over. */
    public int clears() {
        return clears;
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

    /** The history as CSV with a header: iteration, loss, nfe_forward, nfe_backward, seconds, elapsed_seconds. */
    public String toCsv() {
        StringBuilder s = new StringBuilder(48 * (size + 1)).append("iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds\n");
        for (int i = 0; i < size; i++) {
            s.append((long) columns[0][i]).append(',')
                    .append(columns[1][i]).append(',')
                    .append((long) columns[2][i]).append(',')
                    .append((long) columns[3][i]).append(',')
                    .append(String.format(Locale.ROOT, "%.6f,%.6f", columns[4][i], columns[5][i])).append('\n');
        }
        return s.toString();
    }
}
