package dev.neuralode.ui.density;

import dev.neuralode.data.DataFileException;
import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.FileDrops;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

/**
 * What the File menu, the toolbar and drag and drop do: choose a file, hand it to the view-models,
 * and turn failures into dialogs that keep what was there before.
 */
final class ExperimentActions {

    private final ExplorerViewModel vm;
    private final FileDialogs dialogs;
    private final Node owner;
    private final Node picture;

    /** @param picture the node a view PNG shows (the heatmap with its overlays) */
    ExperimentActions(ExplorerViewModel vm, FileDialogs dialogs, Node owner, Node picture) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.owner = owner;
        this.picture = picture;
        vm.jobs().setOnError(message -> ErrorDialogs.show(owner, "A file operation failed", message));
    }

    void openExperiment() {
        dialogs.open("Open experiment", List.of(FileDialogs.EXPERIMENTS)).ifPresent(this::open);
    }

    /** Opens an experiment in place of the current one, after asking when that discards a trained model. */
    void open(Path file) {
        if (mayDiscard("Open")) {
            vm.open(file);
        }
    }

    /** A new model with the settings shown (Ctrl+R, the Reset buttons), after asking when a trained one would be lost. */
    void reset() {
        if (mayDiscard("Reset")) {
            vm.reset();
        }
    }

    private boolean mayDiscard(String action) {
        String loss = vm.discardedWork();
        return loss.isEmpty() || Confirm.discard(owner, action, loss);
    }

    void saveExperiment() {
        dialogs.save("Save experiment", "experiment.ckpt", FileDialogs.EXPERIMENTS).ifPresent(vm::save);
    }

    void importData() {
        dialogs.open("Import points (CSV of x,y) or a picture", List.of(FileDialogs.DATA)).ifPresent(this::importFile);
    }

    /** Loads points from a file; a bad file leaves the current dataset as it was and says why. */
    void importFile(Path file) {
        try {
            List<String> warnings = vm.data().importFile(file);
            if (!warnings.isEmpty()) {
                ErrorDialogs.show(owner, "The data was loaded with a warning", String.join("\n", warnings));
            }
        } catch (DataFileException e) {
            ErrorDialogs.show(owner, "The file was not loaded; the previous dataset is kept",
                    e.getMessage() + "\n\nA CSV needs one point per line, such as 0.5,-1.2 (a header line is allowed);"
                            + " a picture needs dark shapes on a light background.");
        }
    }

    void exportDataCsv() {
        dialogs.save("Export points as CSV", "points.csv", FileDialogs.CSV).ifPresent(file ->
                vm.jobs().run("export the points to " + file.getFileName(), () -> vm.data().exportCsv(file)));
    }

    void exportViewPng() {
        dialogs.save("Export the view as PNG", "density.png", FileDialogs.PNG).ifPresent(file -> {
            WritableImage image = picture.snapshot(new SnapshotParameters(), null);
            BufferedImage awt = SwingFXUtils.fromFXImage(image, null);
            vm.exports().exportImage(awt, file);
        });
    }

    void exportMorph(ExportViewModel.MorphFormat format) {
        SessionHandle h = vm.training().session();
        if (h == null) {
            ErrorDialogs.show(owner, "Nothing to export yet", "Wait until the status line says Ready, then try again.");
            return;
        }
        boolean gif = format == ExportViewModel.MorphFormat.GIF;
        dialogs.save(gif ? "Export the morph as an animated GIF" : "Export the morph as a PNG strip",
                gif ? "morph.gif" : "morph.png", gif ? FileDialogs.GIF : FileDialogs.PNG).ifPresent(file ->
                vm.exports().exportMorph(h, Math.min(DensityViewModel.FRAME_TOLERANCE_CAP, vm.settings().draft().rtol()),
                        file, format));
    }

    void exportMetrics() {
        dialogs.save("Export the metrics as CSV", "metrics.csv", FileDialogs.CSV)
                .ifPresent(file -> vm.exports().exportMetrics(vm.training().history(), file));
    }

    /** Lets files be dropped on a node: a .ckpt opens an experiment, anything else is imported as data. */
    void acceptDrops(Node target) {
        FileDrops.accept(target, file -> {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ckpt")) {
                open(file);
            } else {
                importFile(file);
            }
        });
    }
}
