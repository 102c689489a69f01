package dev.neuralode.ui.lab;

import dev.neuralode.ui.common.ProgressJob;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Run and Cancel for a lab measurement that takes a while, with its progress and message. */
final class JobBar {

    private final HBox node;
    private final Button run;

    /**
     * @param idPrefix the prefix of the controls' ids ({@code labWpRun}, {@code labWpCancel}, ...)
     * @param start what Run does
     */
    JobBar(String idPrefix, String runText, ProgressJob<?> job, Runnable start, Node... settings) {
        run = new Button(runText);
        run.setId(idPrefix + "Run");
        run.setDefaultButton(false);
        run.disableProperty().bind(job.runningProperty());
        run.setOnAction(e -> start.run());
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "Cancel");
        cancel.visibleProperty().bind(job.runningProperty());
        cancel.setOnAction(e -> job.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId(idPrefix + "Progress");
        progress.progressProperty().bind(job.progressProperty());
        progress.visibleProperty().bind(job.runningProperty());
        Label message = new Label();
        message.setId(idPrefix + "Message");
        message.textProperty().bind(job.messageProperty());
        message.setWrapText(true);
        node = new HBox(8);
        node.getChildren().addAll(settings);
        node.getChildren().addAll(run, cancel, progress, message);
        node.setAlignment(Pos.CENTER_LEFT);
    }

    Button run() {
        return run;
    }

    Node node() {
        return node;
    }
}
