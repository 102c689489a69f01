package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.DataFileException;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.PointsCsv;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.nn.Npz;
import dev.neuralode.nn.OptimizerState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Everything needed to resume a session, in one zip file written atomically: {@code config.json},
 * {@code weights.npz} (PyTorch-style names), {@code optimizer.npz} and {@code progress.properties}
 * (iteration, elapsed time, optimizer step), plus {@code points.csv} for custom data.
 */
public record Checkpoint(CnfExperiment config, Map<String, Tensor> weights, OptimizerState optimizer, long iteration,
                         double elapsedSeconds, PointSet data) {

    private static final String CONFIG = "config.json";
    private static final String WEIGHTS = "weights.npz";
    private static final String OPTIMIZER = "optimizer.npz";
    private static final String PROGRESS = "progress.properties";
    private static final String POINTS = "points.csv";

    public static void write(Path file, Checkpoint c) throws IOException {
        Properties progress = new Properties();
        progress.setProperty("iteration", Long.toString(c.iteration));
        progress.setProperty("elapsedSeconds", Double.toString(c.elapsedSeconds));
        progress.setProperty("optimizerStep", Long.toString(c.optimizer.step()));
        byte[] weights = Npz.toBytes(c.weights);
        byte[] optimizerArrays = c.optimizer.arrays().isEmpty() ? new byte[0] : Npz.toBytes(c.optimizer.arrays());
        byte[] points = c.data == null ? null : PointsCsv.format(c.data).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, CONFIG, c.config.toJson().getBytes(StandardCharsets.UTF_8));
            put(zip, WEIGHTS, weights);
            put(zip, OPTIMIZER, optimizerArrays);
            java.io.ByteArrayOutputStream p = new java.io.ByteArrayOutputStream();
            progress.store(p, "Neural ODE Explorer checkpoint");
            put(zip, PROGRESS, p.toByteArray());
            if (points != null) {
                put(zip, POINTS, points);
            }
            zip.finish();
        });
    }

    /**
     * @throws IOException naming the file and what is missing or malformed in it
     */
    public static Checkpoint read(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        for (String required : new String[] {CONFIG, WEIGHTS, OPTIMIZER, PROGRESS}) {
            if (!entries.containsKey(required)) {
                throw new IOException(file.getFileName() + " is not a checkpoint of this program: it has no " + required);
            }
        }
        CnfExperiment config;
        try {
            config = CnfExperiment.fromJson(new String(entries.get(CONFIG), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
        Properties progress = new Properties();
        progress.load(new java.io.ByteArrayInputStream(entries.get(PROGRESS)));
        byte[] optimizerBytes = entries.get(OPTIMIZER);
        Map<String, Tensor> optimizerArrays = optimizerBytes.length == 0 ? Map.of()
                : Npz.fromBytes(optimizerBytes, file.getFileName() + ":" + OPTIMIZER);
        PointSet data = null;
        if (entries.containsKey(POINTS)) {
            try (var in = new java.io.BufferedReader(new java.io.StringReader(new String(entries.get(POINTS), StandardCharsets.UTF_8)))) {
                data = PointsCsv.read(Path.of(POINTS), in, new Random(0)).points().named("custom");
            } catch (DataFileException e) {
                throw new IOException(file.getFileName() + ": its points are unreadable: " + e.getMessage(), e);
            }
        }
        try {
            return new Checkpoint(config, Npz.fromBytes(entries.get(WEIGHTS), file.getFileName() + ":" + WEIGHTS),
                    new OptimizerState(Long.parseLong(progress.getProperty("optimizerStep", "0")), optimizerArrays),
                    Long.parseLong(progress.getProperty("iteration", "0")),
                    Double.parseDouble(progress.getProperty("elapsedSeconds", "0")), data);
        } catch (NumberFormatException e) {
            throw new IOException(file.getFileName() + ": progress.properties is malformed (" + e.getMessage() + ")", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
