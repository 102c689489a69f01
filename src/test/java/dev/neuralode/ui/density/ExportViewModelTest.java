package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.common.FileJobs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final FileJobs jobs = new FileJobs(Runnable::run, Runnable::run);
    private final ExportViewModel vm = new ExportViewModel(jobs);
    private final List<String> errors = new ArrayList<>();
    private TrainingViewModel training;

    @BeforeEach
    void session() {
        jobs.setOnError(errors::add);
        training = new TrainingViewModel(Runnable::run);
        training.reset(TestConfigs.small(), null);
        training.pulse();
        training.step();
        training.pulse();
    }

    @Test
    void theMorphStripHasOneFramePerStep() throws Exception {
        Path file = dir.resolve("morph.png");
        vm.exportMorph(training.session(), 1e-3, file, ExportViewModel.MorphFormat.STRIP);
        BufferedImage strip = ImageIO.read(file.toFile());
        int side = 2 * ExportViewModel.GRID;
        assertEquals(ExportViewModel.STRIP_FRAMES * side + (ExportViewModel.STRIP_FRAMES - 1) * 4, strip.getWidth());
        assertEquals(side, strip.getHeight());
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(jobs.messageProperty().get().startsWith("Done"), jobs.messageProperty().get());
    }

    @Test
    void theMorphGifIsAnAnimationThatHoldsTheLastFrame() throws Exception {
        Path file = dir.resolve("morph.gif");
        vm.exportMorph(training.session(), 1e-3, file, ExportViewModel.MorphFormat.GIF);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(ExportViewModel.GIF_FRAMES + ExportViewModel.GIF_HOLD_FRAMES, reader.getNumImages(true));
            assertEquals(3 * ExportViewModel.GRID, reader.read(0).getWidth());
        } finally {
            reader.dispose();
        }
    }

    @Test
    void metricsAreWrittenAsCsvAndAFailedWriteIsReported() throws Exception {
        Path file = dir.resolve("metrics.csv");
        vm.exportMetrics(training.history(), file);
        assertEquals(2, Files.readAllLines(file).size());
        Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        vm.exportMetrics(training.history(), dir.resolve("blocker").resolve("m.csv"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not export the metrics"), errors.get(0));
    }
}
