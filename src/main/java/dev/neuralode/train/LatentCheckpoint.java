package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.DataFileException;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.SeriesCsv;
import dev.neuralode.nn.OptimizerState;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A saved latent ODE experiment, one {@link CheckpointArchive} (a zip written atomically): the
 * {@link LatentExperiment}, the weights, Adam's state, the progress, and what the explorer showed,
 * so that Open resumes training and brings the view back as it was:
 * <ul>
 *   <li>{@code view.properties}: the series' source and the index of the series shown;</li>
 *   <li>{@code imported.csv}: the imported series, when the view showed a file's series;</li>
 *   <li>{@code edited.csv}: the shown series after the user's edits, when there were any;</li>
 *   <li>{@code metrics.csv}: the window's metrics history (every iteration's loss, NFE and time, as the
 *       metrics export writes it), so that an opened experiment's charts show how it got there.</li>
 * </ul>
 * The progress file marks it as {@link CheckpointKind#LATENT}, so that a density checkpoint opened
 * here is refused by name rather than by a puzzling config error.
 */
public record LatentCheckpoint(LatentExperiment config, Map<String, Tensor> weights, OptimizerState optimizer, long iteration,
                               double elapsedSeconds, LatentViewState view, String metricsCsv) {

    private static final String VIEW = "view.properties";
    private static final String IMPORTED = "imported.csv";
    private static final String EDITED = "edited.csv";
    private static final String METRICS = "metrics.csv";

    /** Writes the checkpoint atomically: a reader sees the old file or the new one, never half of one. */
    public void write(Path file) throws IOException {
        Map<String, byte[]> extra = new LinkedHashMap<>();
        Properties p = new Properties();
        p.setProperty("source", view.source());
        p.setProperty("selected", Integer.toString(view.selected()));
        ByteArrayOutputStream viewBytes = new ByteArrayOutputStream();
        p.store(viewBytes, "What the latent ODE explorer showed");
        extra.put(VIEW, viewBytes.toByteArray());
        if (!view.onSpirals()) {
            extra.put(IMPORTED, utf8(SeriesCsv.format(view.imported())));
        }
        if (view.observations() != null) {
            extra.put(EDITED, utf8(SeriesCsv.format(List.of(view.observations()))));
        }
        extra.put(METRICS, utf8(metricsCsv));
        new CheckpointArchive(config.toJson(), weights, optimizer, iteration, elapsedSeconds, CheckpointKind.LATENT.mark(), extra)
                .write(file);
    }

    /**
     * @throws IOException naming the file and what is missing or malformed in it
     */
    public static LatentCheckpoint read(Path file) throws IOException {
        CheckpointArchive a = CheckpointArchive.read(file, CheckpointKind.LATENT);
        String name = file.getFileName().toString();
        try {
            LatentExperiment config = LatentExperiment.fromJson(a.configJson());
            Properties p = new Properties();
            p.load(new ByteArrayInputStream(entry(a, VIEW, name)));
            String source = p.getProperty("source", LatentViewState.SPIRALS);
            int selected = number(p.getProperty("selected", "0"), "selected");
            List<IrregularSeries> imported = a.extra().containsKey(IMPORTED)
                    ? series(name, IMPORTED, a.extra().get(IMPORTED)) : List.of();
            IrregularSeries edited = null;
            if (a.extra().containsKey(EDITED)) {
                List<IrregularSeries> e = series(name, EDITED, a.extra().get(EDITED));
                if (e.size() != 1) {
                    throw new IllegalArgumentException(EDITED + " holds " + e.size() + " series, but the view shows one");
                }
                edited = e.get(0);
            }
            LatentViewState view = new LatentViewState(source, imported, selected, edited);
            String metrics = new String(entry(a, METRICS, name), StandardCharsets.UTF_8);
            return new LatentCheckpoint(config, a.weights(), a.optimizer(), a.iteration(), a.elapsedSeconds(), view, metrics);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        } catch (DataFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static int number(String value, String key) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VIEW + ": " + key + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static byte[] entry(CheckpointArchive a, String entry, String file) throws IOException {
        byte[] bytes = a.extra().get(entry);
        if (bytes == null) {
            throw new IOException(file + " is incomplete: it has no " + entry);
        }
        return bytes;
    }

    private static List<IrregularSeries> series(String file, String entry, byte[] bytes) throws DataFileException {
        try (BufferedReader in = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return SeriesCsv.read(Path.of(file + ":" + entry), in);
        } catch (IOException e) {
            throw new DataFileException(Path.of(file + ":" + entry), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
