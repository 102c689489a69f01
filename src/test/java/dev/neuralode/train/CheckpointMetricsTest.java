package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.neuralode.autodiff.Backend;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics history travels in the experiment file, and files without one still open. */
class CheckpointMetricsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    private static TrainingSession small() {
        return new TrainingSession(CnfExperiment.defaults().withModel("hyper", 8, 4, List.of(16), "tanh", 10, false, 4, 0.1, 3,
                "float32").withTraining(1e-3, 32, "exact", 0, 0).withTolerances(1e-3, 1e-3), null);
    }

    @Test
    void theSavedMetricsComeBackWithTheResumedSession() throws Exception {
        TrainingSession session = small();
        session.step();
        String csv = "iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds\n1,2.5,26,32,0.010000,0.010000\n";
        Path file = dir.resolve("with-metrics.ckpt");
        session.save(file, csv);
        assertEquals(csv, TrainingSession.resume(file).savedMetrics());
        assertEquals(csv, Checkpoint.read(file).metricsCsv());
    }

    @Test
    void aFileWithoutMetricsOpensWithNone() throws Exception {
        TrainingSession session = small();
        session.step();
        Path file = dir.resolve("older.ckpt");
        session.save(file);
        TrainingSession resumed = TrainingSession.resume(file);
        assertNull(resumed.savedMetrics());
        assertEquals(1, resumed.iteration());
    }
}
