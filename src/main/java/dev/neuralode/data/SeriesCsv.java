package dev.neuralode.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a user's irregular 2D series from CSV with columns {@code series_id,t,x,y} (a header line
 * is optional; rows of one series must come in increasing time). Every problem names the line.
 * {@link #format} writes the same form back, exactly (shortest round-tripping decimals), so that a
 * saved experiment keeps the series it showed.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    public static List<IrregularSeries> read(Path file) throws DataFileException {
        try (BufferedReader in = CsvFile.open(file)) {
            return read(file, in);
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads series from {@code in}; {@code name} is the file the messages name (an entry of an
     * archive, for example).
     */
    public static List<IrregularSeries> read(Path name, BufferedReader in) throws DataFileException {
        Path file = name;
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        int lineNumber = 0;
        try {
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1) {
                    line = CsvNumbers.withoutByteOrderMark(line);
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.strip().split("\\s*,\\s*", -1);
                boolean header = first && cells.length == 4 && cells[1].equalsIgnoreCase("t");
                first = false;
                if (header) {
                    continue;
                }
                if (cells.length != 4) {
                    throw new DataFileException(file, lineNumber, "expected 4 columns (series_id,t,x,y), found " + cells.length
                            + "; each line must hold one observation such as spiral1,0.5,1.2,-0.3");
                }
                if (cells[0].isEmpty()) {
                    throw new DataFileException(file, lineNumber, "the series_id is empty; give every row the name of its series");
                }
                double[] v = new double[3];
                for (int k = 0; k < 3; k++) {
                    try {
                        v[k] = CsvNumbers.parse(cells[k + 1]);
                    } catch (NumberFormatException e) {
                        throw new DataFileException(file, lineNumber, "'" + cells[k + 1] + "' is not a number (column "
                                + new String[] {"t", "x", "y"}[k] + "); use digits with a dot for decimals, such as 0.25, or"
                                + " scientific notation such as 1.5e-3");
                    }
                    if (!Double.isFinite(v[k])) {
                        throw new DataFileException(file, lineNumber, cells[k + 1] + " is too large for a number (at most about"
                                + " 1.8e308 in size); remove the row or replace it");
                    }
                }
                List<double[]> series = rows.computeIfAbsent(cells[0], k -> new ArrayList<>());
                if (!series.isEmpty() && !(v[0] > series.get(series.size() - 1)[0])) {
                    throw new DataFileException(file, lineNumber, "time " + cells[1] + " of series '" + cells[0]
                            + "' does not come after its previous time " + series.get(series.size() - 1)[0]
                            + "; sort each series by time and drop duplicate times");
                }
                series.add(v);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CsvFile.notUtf8(file);
        } catch (IOException e) {
            throw new DataFileException(file, lineNumber, "cannot be read (" + e.getMessage() + ")");
        }
        if (rows.isEmpty()) {
            throw new DataFileException(file, 0, "has no rows; it needs lines of the form series_id,t,x,y");
        }
        List<IrregularSeries> out = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : rows.entrySet()) {
            List<double[]> r = e.getValue();
            double[] t = new double[r.size()];
            float[] xy = new float[2 * r.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = r.get(i)[0];
                xy[2 * i] = (float) r.get(i)[1];
                xy[2 * i + 1] = (float) r.get(i)[2];
            }
            out.add(new IrregularSeries(e.getKey(), t, xy));
        }
        return out;
    }

    /** The series as CSV with a header, one observation per line, in the order given. */
    public static String format(List<IrregularSeries> series) {
        StringBuilder s = new StringBuilder("series_id,t,x,y\n");
        for (IrregularSeries one : series) {
            if (one.id().isEmpty() || one.id().contains(",") || one.id().contains("\n")) {
                throw new IllegalArgumentException("a series id must be non-empty and hold no comma or line break to be"
                        + " written as CSV, was '" + one.id() + "'");
            }
            for (int i = 0; i < one.size(); i++) {
                s.append(one.id()).append(',').append(one.time(i)).append(',').append(one.x(i)).append(',')
                        .append(one.y(i)).append('\n');
            }
        }
        return s.toString();
    }
}
