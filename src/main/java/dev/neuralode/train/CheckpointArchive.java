package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.io.UnpackBudget;
import dev.neuralode.nn.Npz;
import dev.neuralode.nn.OptimizerState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The file every session's checkpoint is, whatever it trains: one zip written atomically with
 * {@code config.json}, {@code weights.npz} (PyTorch-style names), {@code optimizer.npz},
 * {@code progress.properties} (iteration, elapsed time, optimizer step and any further counters)
 * and whatever extra entries the experiment needs.
 *
 * @param progress further counters kept in {@code progress.properties} (an epoch, a best error, ...)
 * @param extra    further entries by file name
 */
record CheckpointArchive(String configJson, Map<String, Tensor> weights, OptimizerState optimizer, long iteration,
                         double elapsedSeconds, Map<String, String> progress, Map<String, byte[]> extra) {

    private static final String CONFIG = "config.json";
    private static final String WEIGHTS = "weights.npz";
    private static final String OPTIMIZER = "optimizer.npz";
    private static final String PROGRESS = "progress.properties";

    void write(Path file) throws IOException {
        Properties p = new Properties();
        progress.forEach(p::setProperty);
        p.setProperty("iteration", Long.toString(iteration));
        p.setProperty("elapsedSeconds", Double.toString(elapsedSeconds));
        p.setProperty("optimizerStep", Long.toString(optimizer.step()));
        ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
        p.store(progressBytes, "Neural ODE Explorer checkpoint");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CONFIG, configJson.getBytes(StandardCharsets.UTF_8));
        entries.put(WEIGHTS, Npz.toBytes(weights));
        entries.put(OPTIMIZER, optimizer.arrays().isEmpty() ? new byte[0] : Npz.toBytes(optimizer.arrays()));
        entries.put(PROGRESS, progressBytes.toByteArray());
        entries.putAll(extra);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** The most iterations a checkpoint may count. */
    static final long MAX_ITERATION = 1_000_000_000_000L;

    /**
     * @param kind the experiment the caller resumes: a checkpoint of another is refused by name
     * @throws IOException naming the file, what is missing, malformed or not finite in it, and the fix
     */
    static CheckpointArchive read(Path file, CheckpointKind kind) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory, not a checkpoint: give the checkpoint file, such as "
                    + file.resolve("checkpoint.ckpt"));
        }
        if (!Files.exists(file)) {
            throw new IOException("there is no checkpoint " + file + ": check the path");
        }
        Map<String, byte[]> entries = new HashMap<>();
        UnpackBudget budget = new UnpackBudget(file.getFileName().toString(), "the file is damaged or was not written by this"
                + " program: " + kind.fix());
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), budget.read(zip, e.getName()));
            }
        } catch (ZipException | EOFException e) {
            throw new IOException(file.getFileName() + " is damaged or cut short, not a whole checkpoint: " + kind.fix(), e);
        }
        for (String required : new String[] {CONFIG, WEIGHTS, OPTIMIZER, PROGRESS}) {
            if (!entries.containsKey(required)) {
                throw new IOException(file.getFileName() + " is not a checkpoint of this program: it has no " + required + "; "
                        + kind.fix());
            }
        }
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(entries.remove(PROGRESS)));
        Map<String, String> progress = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> progress.put(k, p.getProperty(k)));
        kind.check(file.getFileName().toString(), progress);
        byte[] optimizerBytes = entries.remove(OPTIMIZER);
        Map<String, Tensor> optimizerArrays = optimizerBytes.length == 0 ? Map.of()
                : Npz.fromBytes(optimizerBytes, file.getFileName() + ":" + OPTIMIZER);
        String config = new String(entries.remove(CONFIG), StandardCharsets.UTF_8);
        Map<String, Tensor> weights = Npz.fromBytes(entries.remove(WEIGHTS), file.getFileName() + ":" + WEIGHTS);
        try {
            FiniteWeights.require(weights, file.getFileName() + ": its weights", "the run diverged or the file is damaged: resume"
                    + " from an earlier checkpoint or train again");
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            long iteration = Long.parseLong(p.getProperty("iteration", "0"));
            long optimizerStep = Long.parseLong(p.getProperty("optimizerStep", "0"));
            double elapsed = Double.parseDouble(p.getProperty("elapsedSeconds", "0"));
            // A count beyond any run (a trillion iterations) would wrap when more iterations are added to it.
            if (iteration < 0 || iteration > MAX_ITERATION || optimizerStep < 0 || optimizerStep > MAX_ITERATION
                    || !(elapsed >= 0 && elapsed < Double.POSITIVE_INFINITY)) {
                throw new IOException(file.getFileName() + ": progress.properties holds an impossible count (iteration " + iteration
                        + ", optimizer step " + optimizerStep + ", " + elapsed + " s); the file is damaged or was not written by"
                        + " this program: " + kind.fix());
            }
            return new CheckpointArchive(config, weights, new OptimizerState(optimizerStep, optimizerArrays), iteration, elapsed,
                    progress, entries);
        } catch (NumberFormatException e) {
            throw new IOException(file.getFileName() + ": progress.properties is malformed (" + e.getMessage() + ")", e);
        }
    }
}
