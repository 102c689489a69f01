package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.DataFileException;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.PointsCsv;
import dev.neuralode.nn.OptimizerState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * Everything needed to resume a density session, in one {@link CheckpointArchive} (a zip written
 * atomically), plus {@code points.csv} for custom data and {@code metrics.csv}, the per-iteration
 * metrics so far, so that an opened experiment shows its loss and NFE history again. Both entries
 * are optional: files written before metrics were saved still open, with an empty history.
 *
 * @param metricsCsv the metrics history as CSV with a header line (the window's metrics export
 *                   format), or null when there is none; kept as text, the engine does not read it
 */
public record Checkpoint(CnfExperiment config, Map<String, Tensor> weights, OptimizerState optimizer, long iteration,
                         double elapsedSeconds, PointSet data, String metricsCsv) {

    private static final String POINTS = "points.csv";
    private static final String METRICS = "metrics.csv";

    /** A checkpoint without a metrics history. */
    public Checkpoint(CnfExperiment config, Map<String, Tensor> weights, OptimizerState optimizer, long iteration,
                      double elapsedSeconds, PointSet data) {
        this(config, weights, optimizer, iteration, elapsedSeconds, data, null);
    }

    public static void write(Path file, Checkpoint c) throws IOException {
        Map<String, byte[]> extra = new java.util.LinkedHashMap<>();
        if (c.data != null) {
            extra.put(POINTS, PointsCsv.format(c.data).getBytes(StandardCharsets.UTF_8));
        }
        if (c.metricsCsv != null) {
            extra.put(METRICS, c.metricsCsv.getBytes(StandardCharsets.UTF_8));
        }
        new CheckpointArchive(c.config.toJson(), c.weights, c.optimizer, c.iteration, c.elapsedSeconds, CheckpointKind.DENSITY.mark(), extra)
                .write(file);
    }

    /**
     * @throws IOException naming the file and what is missing or malformed in it
     */
    public static Checkpoint read(Path file) throws IOException {
        CheckpointArchive a = CheckpointArchive.read(file, CheckpointKind.DENSITY);
        CnfExperiment config;
        try {
            config = CnfExperiment.fromJson(a.configJson());
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
        PointSet data = null;
        byte[] points = a.extra().get(POINTS);
        if (points != null) {
            try (var in = new java.io.BufferedReader(new java.io.StringReader(new String(points, StandardCharsets.UTF_8)))) {
                data = PointsCsv.read(Path.of(POINTS), in, new Random(0)).points().named("custom");
            } catch (DataFileException e) {
                throw new IOException(file.getFileName() + ": its points are unreadable: " + e.getMessage(), e);
            }
        }
        byte[] metrics = a.extra().get(METRICS);
        return new Checkpoint(config, a.weights(), a.optimizer(), a.iteration(), a.elapsedSeconds(), data,
                metrics == null ? null : new String(metrics, StandardCharsets.UTF_8));
    }
}
