package dev.neuralode.ui.lab;

import dev.neuralode.ui.common.ProgressJob;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Run and Cancel for a lab measurement that takes a while, with its progress and message. */
final class JobBar {

    private final VBox node;

    /**
     * @param idPrefix the prefix of the controls' ids ({@code labWpRun}, {@code labWpCancel}, ...)
     * @param start what Run does
     */
    JobBar(String idPrefix, String runText, ProgressJob<?> job, Runnable start, Node... settings) {
        Button run = new Button(runText);
        run.setId(idPrefix + "Run");
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
        HBox controls = new HBox(8);
        controls.getChildren().addAll(settings);
        controls.getChildren().addAll(run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        // Labels and buttons keep their text; the message wraps on its own line below them.
        controls.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        node = new VBox(4, controls, message);
    }

    Node node() {
        return node;
    }
}
