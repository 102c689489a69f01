package dev.neuralode.ui.density;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.DensityGrid;
import dev.neuralode.train.FlowSnapshot;
import dev.neuralode.ui.common.FileJobs;
import dev.neuralode.ui.common.GifWriter;
import dev.neuralode.ui.common.MetricsHistory;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Exports: the morph of the current model as a PNG strip or an animated GIF (its grids computed
 * on a frozen copy off the FX thread), a picture of the view, and the metrics as CSV. Every file
 * is written atomically.
 */
public final class ExportViewModel {

    /** How the morph is exported. */
    public enum MorphFormat { STRIP, GIF }

    static final int STRIP_FRAMES = 6;
    static final int GIF_FRAMES = 26;
    static final int GIF_HOLD_FRAMES = 8;
    static final int GRID = 100;
    static final int GIF_DELAY_MS = 80;

    private final FileJobs jobs;

    public ExportViewModel(FileJobs jobs) {
        this.jobs = jobs;
    }

    /** Computes the morph at evenly spaced s with the session's current weights and writes it. */
    public void exportMorph(SessionHandle session, double tol, Path file, MorphFormat format) {
        int frames = format == MorphFormat.STRIP ? STRIP_FRAMES : GIF_FRAMES;
        jobs.run("export the morph to " + file.getFileName(), () -> {
            FlowSnapshot flow = session.session().freeze();
            List<DensityGrid> grids = new ArrayList<>();
            for (int k = 0; k < frames; k++) {
                grids.add(flow.densityGrid(k / (frames - 1.0), session.bounds(), GRID, tol));
                jobs.progress(String.format(Locale.ROOT, "Computing the morph: frame %d of %d", k + 1, frames));
            }
            if (format == MorphFormat.STRIP) {
                writePng(DensityImages.strip(grids, 2), file);
            } else {
                List<BufferedImage> images = new ArrayList<>();
                for (DensityGrid g : grids) {
                    images.add(DensityImages.frame(g, 3));
                }
                images.addAll(Collections.nCopies(GIF_HOLD_FRAMES, images.get(images.size() - 1)));
                AtomicFiles.write(file, out -> GifWriter.write(out, images, GIF_DELAY_MS));
            }
        });
    }

    /** Writes a picture (of the view, taken on the FX thread) as PNG. */
    public void exportImage(BufferedImage image, Path file) {
        jobs.run("export the view to " + file.getFileName(), () -> writePng(image, file));
    }

    /** Writes the metrics as CSV; the text is taken now, on the FX thread that owns the history. */
    public void exportMetrics(MetricsHistory history, Path file) {
        String csv = history.toCsv();
        jobs.run("export the metrics to " + file.getFileName(), () -> AtomicFiles.writeString(file, csv));
    }

    private static void writePng(BufferedImage image, Path file) throws java.io.IOException {
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }
}
