package dev.neuralode.cli;

import dev.neuralode.data.DataFileException;
import dev.neuralode.data.ImagePoints;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.PointsCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Reads a point set from a CSV file or a picture, by extension, reporting warnings. */
final class PointsFiles {

    private PointsFiles() {
    }

    /**
     * Every row of a CSV file, in order and in double precision (x then y), for evaluating each; a
     * picture is sampled as by {@link #read}.
     */
    static double[] readAll(Path file, PrintWriter err) throws DataFileException {
        if (isPicture(file)) {
            float[] xy = read(file, err).toArray();
            double[] wide = new double[xy.length];
            for (int i = 0; i < xy.length; i++) {
                wide[i] = xy[i];
            }
            return wide;
        }
        PointsCsv.Result r = PointsCsv.readAll(file);
        r.warnings().forEach(err::println);
        return r.coordinates();
    }

    private static boolean isPicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    static PointSet read(Path file, PrintWriter err) throws DataFileException {
        if (isPicture(file)) {
            return ImagePoints.sample(file, 4000, 2.0, new Random(0)).named("custom");
        }
        PointsCsv.Result r = PointsCsv.read(file, new Random(0));
        r.warnings().forEach(err::println);
        return r.points().named("custom");
    }
}
