package dev.neuralode.data;

import dev.neuralode.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Reads and writes point sets as CSV: one {@code x,y} pair per line, an optional header line.
 * Every problem names the file and the line and says how to fix it; nothing is half-loaded.
 */
public final class PointsCsv {

    /** Files with more rows than this are subsampled to it (at random, seeded), with a warning. */
    public static final int MAX_POINTS = 1_000_000;

    /** The most rows {@link #readAll} keeps: 160 MB of coordinates. */
    public static final int MAX_ALL_POINTS = 20_000_000;

    /** The largest coordinate accepted: far beyond any data a density flow of the plane can fit. */
    public static final double MAX_COORDINATE = 1e9;

    /**
     * Beyond this distance from the origin, data lie far outside the unit Gaussian a flow starts from
     * (the toy datasets lie within 4): the flow must stretch the plane a hundredfold, its loss runs to
     * millions and its density grid shows nothing, so the reader warns.
     */
    public static final double FAR_COORDINATE = 1e3;

    /** The points read, and warnings the user should see (for example, that rows were subsampled). */
    /**
     * @param coordinates every row as written, x then y, in double precision, when every row was read
     *                    ({@link #readAll}: evaluation in float64 must not see them rounded to float32);
     *                    null for a sampled read
     */
    public record Result(PointSet points, List<String> warnings, double[] coordinates) {
    }

    private PointsCsv() {
    }

    /**
     * Reads a CSV of points. Blank lines are skipped; a first line that is not numeric is a header.
     *
     * @param rng used only to choose which rows to keep when the file has more than {@link #MAX_POINTS}
     * @throws DataFileException for an unreadable file, a row that is not two finite numbers, or no rows
     */
    public static Result read(Path file, RandomGenerator rng) throws DataFileException {
        try (BufferedReader in = CsvFile.open(file)) {
            return read(file, in, rng);
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads every row of a CSV of points, in order, for evaluating each of them (up to
     * {@link #MAX_ALL_POINTS}; a longer file is refused with the fix).
     *
     * @throws DataFileException as {@link #read(Path, RandomGenerator)}, and for a file too long
     */
    public static Result readAll(Path file) throws DataFileException {
        try (BufferedReader in = CsvFile.open(file)) {
            return read(file, in, null);
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads CSV text from a reader; {@code file} names the source in messages and the point set.
     *
     * @param rng chooses the rows kept when there are more than {@link #MAX_POINTS}; null keeps every
     *            row in order, up to {@link #MAX_ALL_POINTS}
     * @see #read(Path, RandomGenerator)
     */
    public static Result read(Path file, BufferedReader in, RandomGenerator rng) throws DataFileException {
        int cap = rng == null ? MAX_ALL_POINTS : MAX_POINTS;
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        // Kept as read, in double precision: a read of every row returns them so; the point set is float32.
        double[] kept = new double[1024];
        long rows = 0;
        int lineNumber = 0;
        boolean seenContent = false;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String trimmed = (lineNumber == 1 ? CsvNumbers.withoutByteOrderMark(line) : line).strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] cells = trimmed.split("\\s*,\\s*", -1);
                boolean first = !seenContent;
                seenContent = true;
                if (first && isHeader(cells)) {
                    continue;
                }
                if (cells.length != 2) {
                    throw new DataFileException(file, lineNumber, "expected 2 columns (x,y), found " + cells.length
                            + "; each line must hold one point such as 0.5,-1.2");
                }
                double x = number(file, lineNumber, cells[0]);
                double y = number(file, lineNumber, cells[1]);
                if (rows == cap && rng == null) {
                    throw new DataFileException(file, lineNumber, String.format(Locale.ROOT, "has more than %,d points, more than"
                            + " are evaluated in one go; split the file and evaluate the parts", cap));
                }
                // Reservoir sampling keeps a uniform random subset of a file too long to hold.
                long slot = rows < cap ? rows : rng.nextLong(rows + 1);
                rows++;
                if (slot < cap) {
                    int i = (int) slot;
                    if (2 * i + 1 >= kept.length) {
                        kept = java.util.Arrays.copyOf(kept, (int) Math.min(2L * cap, kept.length * 2L));
                    }
                    kept[2 * i] = x;
                    kept[2 * i + 1] = y;
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CsvFile.notUtf8(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataFileException(file, lineNumber, "cannot be read as UTF-8 text (" + e.getMessage()
                    + "); export it from your spreadsheet as CSV");
        }
        if (rows == 0) {
            throw new DataFileException(file, 0, "has no points; it needs lines of the form x,y such as 0.5,-1.2");
        }
        int count = (int) Math.min(rows, cap);
        List<String> warnings = new ArrayList<>();
        if (rows > cap) {
            warnings.add(String.format(Locale.ROOT, "%s has %,d points; kept a random %,d of them", file.getFileName(), rows, MAX_POINTS));
        }
        float[] xy = new float[2 * count];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = (float) kept[i];
        }
        if (allOnePoint(xy, count)) {
            warnings.add(String.format(Locale.ROOT, "all %,d points of %s are the one point (%s, %s): a density fitted to them narrows"
                    + " without end and its loss falls below zero without meaning anything; give points that spread out",
                    rows, file.getFileName(), xy[0], xy[1]));
        }
        // Points read whole are evaluated, not trained on: a density far out is a fair question there.
        double reach = rng == null ? 0 : reach(xy, count);
        if (reach > FAR_COORDINATE) {
            warnings.add(String.format(Locale.ROOT, "the points of %s reach %.3g from the origin, far outside the unit Gaussian the"
                    + " flow starts from (the toy datasets lie within 4): training will stretch the plane without fitting it;"
                    + " rescale the points to within about 10 of the origin, such as by dividing them by %,.0f",
                    file.getFileName(), reach, Math.pow(10, Math.ceil(Math.log10(reach / 10)))));
        }
        return new Result(new PointSet(name, xy), warnings, rng == null ? java.util.Arrays.copyOf(kept, 2 * count) : null);
    }

    /** The largest coordinate in size. */
    private static double reach(float[] xy, int count) {
        double max = 0;
        for (int i = 0; i < 2 * count; i++) {
            max = Math.max(max, Math.abs(xy[i]));
        }
        return max;
    }

    private static boolean allOnePoint(float[] xy, int count) {
        for (int i = 1; i < count; i++) {
            if (xy[2 * i] != xy[0] || xy[2 * i + 1] != xy[1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeader(String[] cells) {
        for (String c : cells) {
            if (CsvNumbers.isNumber(c)) {
                return false;
            }
        }
        return true;
    }

    private static double number(Path file, int line, String cell) throws DataFileException {
        double v;
        try {
            v = CsvNumbers.parse(cell);
        } catch (NumberFormatException e) {
            throw new DataFileException(file, line, "'" + cell + "' is not a number; use digits with a dot for decimals, such as 0.25,"
                    + " or scientific notation such as 1.5e-3");
        }
        if (Math.abs(v) > MAX_COORDINATE) {
            // A flow from a unit Gaussian to points at 1e30 diverges in its first steps, and the failure
            // would read as a training problem: the data are named here instead.
            throw new DataFileException(file, line, cell + " is out of range for a coordinate: at most 1e9 in size, and the"
                    + " models learn best on points within about 10 of the origin (the toy datasets lie within 4); rescale"
                    + " the data");
        }
        return v;
    }

    /** Writes {@code x,y} with a header, atomically. */
    public static void write(Path file, PointSet points) throws IOException {
        AtomicFiles.writeString(file, format(points));
    }

    /** The CSV text {@link #write} writes. */
    public static String format(PointSet points) {
        StringBuilder s = new StringBuilder(16 * points.size() + 4).append("x,y\n");
        for (int i = 0; i < points.size(); i++) {
            s.append(points.x(i)).append(',').append(points.y(i)).append('\n');
        }
        return s.toString();
    }
}
