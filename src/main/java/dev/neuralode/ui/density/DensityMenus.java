package dev.neuralode.ui.density;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The explorer's menu items with their shortcuts. Play/Pause is on Space, handled by a key filter
 * rather than an accelerator, so that typing a space in a text field does not start training.
 */
final class DensityMenus {

    private final ExplorerViewModel vm;
    private final ExperimentActions actions;
    private final Runnable sweepFrontier;

    /** @param sweepFrontier runs the tolerance sweep and brings its panel into view */
    DensityMenus(ExplorerViewModel vm, ExperimentActions actions, Runnable sweepFrontier) {
        this.vm = vm;
        this.actions = actions;
        this.sweepFrontier = sweepFrontier;
    }

    /** Items for the window's File menu. */
    List<MenuItem> fileItems() {
        return List.of(
                item("Open experiment...", "Shortcut+O", actions::openExperiment),
                item("Save experiment...", "Shortcut+S", actions::saveExperiment),
                new SeparatorMenuItem(),
                item("Import data (CSV or picture)...", "Shortcut+I", actions::importData),
                item("Export data as CSV...", null, actions::exportDataCsv),
                new SeparatorMenuItem(),
                item("Export view as PNG...", "Shortcut+E", actions::exportViewPng),
                item("Export morph as animated GIF...", null, () -> actions.exportMorph(ExportViewModel.MorphFormat.GIF)),
                item("Export morph as PNG strip...", null, () -> actions.exportMorph(ExportViewModel.MorphFormat.STRIP)),
                item("Export metrics as CSV...", null, actions::exportMetrics));
    }

    Menu edit() {
        return new Menu("Edit", null,
                item("Undo data edit", "Shortcut+Z", vm.data()::undo),
                item("Redo data edit", "Shortcut+Shift+Z", vm.data()::redo),
                item("Clear data", null, vm.data()::clear));
    }

    Menu training() {
        MenuItem play = item("Play / Pause (Space)", null, vm.training()::togglePlay);
        MenuItem kinetic = remedy(item("", null, vm::addKineticRegularisation), vm.settings().kineticAvailable());
        kinetic.textProperty().bind(vm.settings().kineticRemedyText());
        return new Menu("Training", null,
                play,
                item("Step", "Shortcut+T", vm.training()::step),
                item("Reset", "Shortcut+R", actions::reset),
                new SeparatorMenuItem(),
                item("Sweep tolerances (frontier)", "Shortcut+F", sweepFrontier),
                new SeparatorMenuItem(),
                remedy(item("Loosen tolerance", null, vm::loosenTolerance), vm.settings().loosenAvailable()),
                remedy(item("Switch to fixed-step RK4", null, vm::switchToFixedStep), vm.settings().fixedStepAvailable()),
                kinetic);
    }

    /** A stiffness remedy, greyed out once applied (loosest tolerance, fixed step, strongest regulariser). */
    private static MenuItem remedy(MenuItem item, javafx.beans.binding.BooleanBinding available) {
        item.disableProperty().bind(available.not());
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
