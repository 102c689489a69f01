package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.SeriesCsv;
import dev.neuralode.model.latent.LatentPrediction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and opening latent experiments: what comes back, and how a bad file is refused. */
class LatentCheckpointTest {

    private static final LatentExperiment SMALL = LatentSessionTest.SMALL;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    @Test
    void theConfigRoundTripsThroughJson() {
        LatentExperiment e = SMALL.withPoisson(true).withLearningRate(0.003);
        assertEquals(e, LatentExperiment.fromJson(e.toJson()));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LatentExperiment.fromJson(e.toJson().replace("\"observations\"", "\"observation\"")));
        assertTrue(bad.getMessage().contains("observation"), bad.getMessage());
    }

    @Test
    void aSavedSessionResumesWithItsWeightsOptimizerViewAndMetrics() throws Exception {
        LatentSession s = new LatentSession(SMALL);
        TrainingSnapshot first = s.step();
        TrainingSnapshot second = s.step();
        IrregularSeries a = new IrregularSeries("a", new double[] {0, 0.5, 1.25}, new float[] {1, 2, 3, 4, 5.5f, -6.125f});
        IrregularSeries b = new IrregularSeries("b", new double[] {0, 2}, new float[] {0.1f, 0.2f, 0.3f, 0.4f});
        IrregularSeries edited = a.select(new boolean[] {true, false, true});
        LatentViewState view = new LatentViewState("mine.csv", List.of(a, b), 0, edited);
        Path file = dir.resolve("latent.ckpt");
        String metrics = "iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds\n1," + first.loss() + ",38,0,0.1,0.1\n2,"
                + second.loss() + ",38,0,0.1,0.2\n";
        s.save(file, view, metrics);

        LatentCheckpoint c = LatentCheckpoint.read(file);
        assertEquals(SMALL, c.config());
        assertEquals(2, c.iteration());
        assertEquals(view, c.view());
        assertEquals(metrics, c.metricsCsv(), "the metrics history comes back as it was written");

        LatentSession resumed = LatentSession.resume(c);
        assertEquals(2, resumed.iteration());
        Map<String, Tensor> before = s.module().stateDict();
        Map<String, Tensor> after = resumed.module().stateDict();
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k).toDoubleArray(), after.get(k).toDoubleArray(), 0.0, k);
        }
        assertEquals(s.optimizer().state().step(), resumed.optimizer().state().step(), "Adam's step count");
        EditedSeries e = EditedSeries.of(s.examples().get(9));
        LatentPrediction p = s.explain(e.series(), e.predictionTimes(30), 2, 5);
        LatentPrediction q = resumed.explain(e.series(), e.predictionTimes(30), 2, 5);
        assertArrayEquals(p.mean()[29], q.mean()[29], 0.0, "the resumed model explains as the saved one did");
        assertFalse(resumed.step().failed(), "training goes on");
        assertEquals(3, resumed.iteration());
    }

    /**
     * Saved after 3 iterations, in the middle of an epoch of batches of 3 of the 8 training spirals, and
     * resumed: iterations 4 to 6 give the losses of a session that was never interrupted, bit for bit.
     */
    @Test
    void aResumedSessionGivesTheLossesOfAnUninterruptedOne() throws Exception {
        LatentExperiment small = SMALL.withData(10, 3);
        LatentSession straight = new LatentSession(small);
        LatentSession interrupted = new LatentSession(small);
        for (int i = 1; i <= 3; i++) {
            assertEquals(straight.step().loss(), interrupted.step().loss(), 0.0, "iteration " + i);
        }
        Path file = dir.resolve("half.ckpt");
        interrupted.save(file, LatentViewState.spirals(), "");
        LatentSession resumed = LatentSession.resume(LatentCheckpoint.read(file));
        for (int i = 4; i <= 6; i++) {
            TrainingSnapshot expected = straight.step();
            TrainingSnapshot actual = resumed.step();
            assertEquals(expected.loss(), actual.loss(), 0.0, "iteration " + i);
            assertEquals(expected.nfeForward(), actual.nfeForward(), "iteration " + i);
        }
    }

    @Test
    void anUneditedSpiralViewHasNoSeriesEntries() throws Exception {
        LatentSession s = new LatentSession(SMALL);
        Path file = dir.resolve("fresh.ckpt");
        s.save(file, LatentViewState.spirals(), "");
        LatentCheckpoint c = LatentCheckpoint.read(file);
        assertTrue(c.view().onSpirals());
        assertNull(c.view().observations());
        assertTrue(c.metricsCsv().isEmpty());
        assertEquals(0, c.iteration());
    }

    @Test
    void aFileThatIsNotALatentExperimentIsRefusedByName() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.ckpt"), "not a zip at all");
        IOException e = assertThrows(IOException.class, () -> LatentCheckpoint.read(text));
        assertTrue(e.getMessage().contains("notes.ckpt"), e.getMessage());

        Path density = dir.resolve("density.ckpt");
        TrainingSession d = new TrainingSession(CnfExperiment.defaults().withData("two-moons", "mle", null).withTraining(1e-3, 16, "exact", 0, 0), null);
        d.save(density);
        e = assertThrows(IOException.class, () -> LatentCheckpoint.read(density));
        assertTrue(e.getMessage().contains("density.ckpt holds a density flow, written by train cnf or the Density flows tab, not a latent ODE:"
                + " give a checkpoint.ckpt written by the Latent ODE tab"), e.getMessage());
    }

    @Test
    void aDamagedEntryNamesTheFileAndTheEntry() throws Exception {
        LatentSession s = new LatentSession(SMALL);
        Path file = dir.resolve("run.ckpt");
        IrregularSeries a = new IrregularSeries("a", new double[] {0, 1}, new float[] {1, 2, 3, 4});
        s.save(file, new LatentViewState("mine.csv", List.of(a), 0, null), "");
        Path damaged = dir.resolve("damaged.ckpt");
        rewrite(file, damaged, "imported.csv", "series_id,t,x,y\na,0,1,1\na,0.5,oops,2\n");
        IOException e = assertThrows(IOException.class, () -> LatentCheckpoint.read(damaged));
        assertTrue(e.getMessage().contains("damaged.ckpt:imported.csv line 3") && e.getMessage().contains("'oops'"),
                e.getMessage());
        Path noMetrics = dir.resolve("partial.ckpt");
        rewrite(file, noMetrics, "metrics.csv", null);
        e = assertThrows(IOException.class, () -> LatentCheckpoint.read(noMetrics));
        assertTrue(e.getMessage().contains("partial.ckpt is incomplete: it has no metrics.csv"), e.getMessage());
    }

    @Test
    void seriesCsvRoundTripsExactly() throws Exception {
        IrregularSeries a = new IrregularSeries("s1", new double[] {0, 0.1, 1e-7 + 0.3}, new float[] {1e-8f, 2, 3, 4, 5, 6.1f});
        String csv = SeriesCsv.format(List.of(a));
        Path f = Files.writeString(dir.resolve("s.csv"), csv);
        assertEquals(List.of(a), SeriesCsv.read(f), "times and points come back exactly");
    }

    /** Copies a zip, replacing one entry's text (or dropping the entry when {@code text} is null). */
    private static void rewrite(Path from, Path to, String entry, String text) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    if (text == null) {
                        continue;
                    }
                    bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
