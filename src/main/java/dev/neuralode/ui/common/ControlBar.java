package dev.neuralode.ui.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Play/Pause, Step and Reset with the iteration counter and the status line, over any
 * {@link SessionViewModel}; a tab appends its own controls (open, save, file status).
 */
public final class ControlBar {

    private final HBox box;

    /**
     * @param idPrefix prefixed to the ids of the controls ("" gives playButton, "latent" gives
     *                 latentPlayButton), so that tabs' controls stay apart in lookups
     * @param reset    what Reset does: a new model with the settings shown
     * @param trailing controls appended after the status line
     */
    public ControlBar(String idPrefix, SessionViewModel<?> t, Runnable reset, Node... trailing) {
        Button play = Buttons.button("Play", id(idPrefix, "playButton"), "Train until paused (Space)", t::togglePlay);
        play.textProperty().bind(Bindings.when(t.runningProperty()).then("Pause").otherwise("Play"));
        play.setMinWidth(76);
        play.getStyleClass().add("accent");
        play.disableProperty().bind(t.sessionProperty().isNull());
        Button step = Buttons.button("Step", id(idPrefix, "stepButton"), "One training iteration (Ctrl+T)", t::step);
        step.disableProperty().bind(t.runningProperty());
        Button resetButton = Buttons.button("Reset", id(idPrefix, "resetButton"),
                "A new model with the settings and data shown (Ctrl+R)", reset);

        Label iterationTitle = new Label("Iteration");
        iterationTitle.getStyleClass().add("muted");
        Label iteration = new Label();
        iteration.setId(id(idPrefix, "iterationCounter"));
        iteration.getStyleClass().add("counter");
        iteration.setMinWidth(64);
        iteration.textProperty().bind(t.iterationProperty().asString(Locale.ROOT, "%d"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(t.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label status = new Label();
        status.setId(id(idPrefix, "trainingStatus"));
        status.textProperty().bind(t.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);

        box = new HBox(8, play, step, resetButton, separator(), iterationTitle, iteration, busy, status);
        box.getChildren().addAll(trailing);
        // Buttons keep their text in a narrow window; the status line gives way (with an ellipsis) instead.
        for (Node n : box.getChildren()) {
            if (n instanceof Button b && b.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        iterationTitle.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("control-bar");
    }

    public Node node() {
        return box;
    }

    /** A vertical separator between groups of controls. */
    public static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static String id(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
