package dev.neuralode.ui.common;

import dev.neuralode.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javax.imageio.ImageIO;

/**
 * The exports every tab offers, written atomically off the FX thread through {@link FileJobs}: a
 * picture of a view as PNG and the metrics history as CSV. What must be read on the FX thread (the
 * picture, the history) is taken at once.
 */
public final class ViewExports {

    private ViewExports() {
    }

    /** Takes a picture of {@code view} now (FX thread) and writes it as PNG. */
    public static void png(FileJobs jobs, Node view, Path file) {
        BufferedImage image = SwingFXUtils.fromFXImage(view.snapshot(new SnapshotParameters(), null), null);
        jobs.run("export the view to " + file.getFileName(), () -> AtomicFiles.write(file, out -> ImageIO.write(image, "png", out)));
    }

    /** Writes the history as CSV; its text is taken now, on the FX thread that owns it. */
    public static void metricsCsv(FileJobs jobs, MetricsHistory history, Path file) {
        String csv = history.toCsv();
        jobs.run("export the metrics to " + file.getFileName(), () -> AtomicFiles.writeString(file, csv));
    }
}
