package dev.neuralode.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons made alike: an id for tests and scripts, a tooltip that says what it does, an action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button button(String text, String id, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }
}
