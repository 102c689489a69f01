package dev.neuralode.ui.plane;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.FileJobs;
import dev.neuralode.ui.common.GifWriter;
import dev.neuralode.ui.common.Recoverable;
import dev.neuralode.ui.common.ViewExports;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.MenuItem;

/**
 * The 2D view's File menu: save and open a run (drawn points kept in the checkpoint), and export a
 * picture of either view, the flow as an animated GIF, and the metrics as CSV. Pictures are taken on
 * the FX thread; encoding and writing run on the file thread.
 */
final class PlaneFiles {

    /** Frames of the flow GIF, s from 0 to 1. */
    static final int GIF_FRAMES = 30;
    private static final int GIF_DELAY_MS = 80;

    private final PlaneViewModel vm;
    private final FileDialogs dialogs;
    private final FileJobs jobs;
    private final MapCanvas map;
    private final FlowCanvas flow;
    private final Node owner;
    private final Predicate<String> allowNewModel;

    /** @param allowNewModel asks, before Open replaces a trained model, whether it may (given the action's name) */
    PlaneFiles(PlaneViewModel vm, FileDialogs dialogs, FileJobs jobs, MapCanvas map, FlowCanvas flow, Node owner,
            Predicate<String> allowNewModel) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.map = map;
        this.flow = flow;
        this.owner = owner;
        this.allowNewModel = allowNewModel;
    }

    List<MenuItem> menuItems() {
        return List.of(item("Open 2D experiment...", this::open), item("Save 2D experiment...", this::save),
                item("Export 2D decision map as PNG...", () -> exportPng(map, "decision-map.png")),
                item("Export 2D flow as PNG...", () -> exportPng(flow, "flow.png")),
                item("Export 2D flow as animated GIF...", this::exportGif),
                item("Export 2D metrics as CSV...", this::exportCsv));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    void open() {
        if (allowNewModel.test("Open")) {
            dialogs.open("Open a 2D experiment", List.of(FileDialogs.EXPERIMENTS)).ifPresent(vm::open);
        }
    }

    void save() {
        Recoverable.Snapshot snapshot = vm.snapshot();
        if (snapshot == null) {
            ErrorDialogs.show(owner, "Nothing to save yet", "Wait until the status line says Ready (with the drawn set: draw"
                    + " 2 points of each class), then try again.");
            return;
        }
        dialogs.save("Save the 2D experiment", "flow2d.ckpt", FileDialogs.EXPERIMENTS).ifPresent(file ->
                jobs.run("save the experiment to " + file.getFileName(), () -> snapshot.writeTo(file)));
    }

    void exportPng(PlaneCanvas view, String name) {
        dialogs.save("Export the view as PNG", name, FileDialogs.PNG).ifPresent(file -> ViewExports.png(jobs, view, file));
    }

    void exportGif() {
        if (vm.frameProperty().get() == null) {
            ErrorDialogs.show(owner, "No flow to export yet", "Wait until the flow view shows the grid, then try again.");
            return;
        }
        dialogs.save("Export the flow as an animated GIF", "flow.gif", FileDialogs.GIF).ifPresent(this::writeGif);
    }

    private void writeGif(Path file) {
        double s = vm.flowTimeProperty().get();
        List<BufferedImage> frames = new ArrayList<>();
        for (int k = 0; k < GIF_FRAMES; k++) {
            vm.flowTimeProperty().set(k / (double) (GIF_FRAMES - 1));
            frames.add(picture(flow));
        }
        vm.flowTimeProperty().set(s);
        jobs.run("export the flow to " + file.getFileName(), () -> AtomicFiles.write(file, out -> GifWriter.write(out, frames,
                GIF_DELAY_MS)));
    }

    void exportCsv() {
        dialogs.save("Export the metrics as CSV", "metrics.csv", FileDialogs.CSV)
                .ifPresent(file -> ViewExports.metricsCsv(jobs, vm.training().history(), file));
    }

    /** A picture of the view as it is drawn now, converted to an opaque image (the GIF writer takes it as it is). */
    private static BufferedImage picture(PlaneCanvas view) {
        BufferedImage argb = SwingFXUtils.fromFXImage(view.canvas().snapshot(new SnapshotParameters(), null), null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(argb, 0, 0, null);
        return rgb;
    }
}
