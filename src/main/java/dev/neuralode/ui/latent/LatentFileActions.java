package dev.neuralode.ui.latent;

import dev.neuralode.data.DataFileException;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.ViewExports;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;

/**
 * What the latent tab's File menu items, its shortcuts and drag and drop do: choose a file, hand it
 * to the view-model, and turn failures into dialogs that name the file and the fix and keep what was
 * there before. Opening over a trained model asks first ({@link NewModelGuard}).
 *
 * <p>The menu items carry no accelerators: a scene holds one action per key combination, and
 * Ctrl+S, Ctrl+O, Ctrl+I and Ctrl+E belong to the density tab's items there. The latent tab takes
 * those keys in its own key filter while it is shown; the items name them in their text.
 */
final class LatentFileActions {

    static final FileChooser.ExtensionFilter SERIES = new FileChooser.ExtensionFilter("Series CSV (series_id,t,x,y)", "*.csv");

    private final LatentViewModel vm;
    private final FileDialogs dialogs;
    private final Node owner;
    private final Node picture;
    private final NewModelGuard guard;

    /** @param picture the node the view PNG shows (the data view with the charts) */
    LatentFileActions(LatentViewModel vm, FileDialogs dialogs, Node owner, Node picture, NewModelGuard guard) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.owner = owner;
        this.picture = picture;
        this.guard = guard;
        vm.jobs().setOnError(message -> ErrorDialogs.show(owner, "A file operation failed", message));
    }

    /** Items for the window's File menu; the window enables them while the latent tab is shown. */
    List<MenuItem> fileMenuItems() {
        return List.of(
                item("Open latent experiment... (Ctrl+O)", "latentMenuOpen", this::open),
                item("Save latent experiment... (Ctrl+S)", "latentMenuSave", this::save),
                new SeparatorMenuItem(),
                item("Import series (CSV)... (Ctrl+I)", "latentMenuImport", this::importSeries),
                item("Export latent view as PNG... (Ctrl+E)", "latentMenuExportPng", this::exportViewPng),
                item("Export latent metrics as CSV...", "latentMenuExportMetrics", this::exportMetrics));
    }

    void open() {
        dialogs.open("Open latent experiment", List.of(FileDialogs.EXPERIMENTS)).ifPresent(this::openFile);
    }

    /** Opens a saved latent experiment, after asking when a trained model or edits would be lost. */
    void openFile(Path file) {
        if (guard.allows("Open", true)) {
            vm.open(file);
        }
    }

    void save() {
        dialogs.save("Save latent experiment", "latent.ckpt", FileDialogs.EXPERIMENTS).ifPresent(vm::save);
    }

    void importSeries() {
        dialogs.open("Import series (series_id,t,x,y)", List.of(SERIES)).ifPresent(this::importFile);
    }

    /** Shows the series of a file; a malformed one leaves the series as they were and names the line. */
    void importFile(Path file) {
        try {
            vm.importSeries(file);
        } catch (DataFileException e) {
            ErrorDialogs.show(owner, "The file was not loaded; the series shown are kept", e.getMessage()
                    + "\n\nA series CSV has one observation per line: series_id,t,x,y (a header line is allowed),"
                    + " each series in increasing time.");
        }
    }

    /** A dropped file: a .ckpt opens as an experiment, anything else is imported as series. */
    void dropped(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ckpt")) {
            openFile(file);
        } else {
            importFile(file);
        }
    }

    void exportViewPng() {
        dialogs.save("Export the latent view as PNG", "latent.png", FileDialogs.PNG)
                .ifPresent(file -> ViewExports.png(vm.jobs(), picture, file));
    }

    void exportMetrics() {
        dialogs.save("Export the latent metrics as CSV", "latent-metrics.csv", FileDialogs.CSV)
                .ifPresent(file -> ViewExports.metricsCsv(vm.jobs(), vm.training().history(), file));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
