package dev.neuralode.ui.density;

import dev.neuralode.ui.common.Buttons;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Play/Pause, Step and Reset with the iteration counter and the status line. */
final class ControlBar {

    private final HBox box;

    ControlBar(ExplorerViewModel vm, ExperimentActions actions) {
        TrainingViewModel t = vm.training();
        Button play = Buttons.button("Play", "playButton", "Train until paused (Space)", t::togglePlay);
        play.textProperty().bind(Bindings.when(t.runningProperty()).then("Pause").otherwise("Play"));
        play.setMinWidth(76);
        play.getStyleClass().add("accent");
        Button step = Buttons.button("Step", "stepButton", "One training iteration (Ctrl+T)", t::step);
        step.disableProperty().bind(t.runningProperty());
        Button reset = Buttons.button("Reset", "resetButton", "A new model with the settings and data shown (Ctrl+R)",
                vm::reset);
        play.disableProperty().bind(t.sessionProperty().isNull());
        Button open = Buttons.button("Open...", "openButton", "Open a saved experiment (Ctrl+O)", actions::openExperiment);
        Button save = Buttons.button("Save...", "saveButton", "Save config, data and weights (Ctrl+S)", actions::saveExperiment);
        save.disableProperty().bind(t.sessionProperty().isNull());

        Label iterationTitle = new Label("Iteration");
        iterationTitle.getStyleClass().add("muted");
        Label iteration = new Label();
        iteration.setId("iterationCounter");
        iteration.getStyleClass().add("counter");
        iteration.setMinWidth(64);
        iteration.textProperty().bind(t.iterationProperty().asString(Locale.ROOT, "%d"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(t.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label status = new Label();
        status.setId("trainingStatus");
        status.textProperty().bind(t.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label files = new Label();
        files.setId("fileStatus");
        files.getStyleClass().add("muted");
        files.textProperty().bind(vm.jobs().messageProperty());
        files.setMaxWidth(360);

        box = new HBox(8, play, step, reset, sep(), iterationTitle, iteration, busy, status, files, sep(), open, save);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("control-bar");
    }

    Node node() {
        return box;
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }
}
