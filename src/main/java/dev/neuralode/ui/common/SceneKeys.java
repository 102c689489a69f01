package dev.neuralode.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Key handling for a tab's shortcuts: a key-pressed filter on whatever scene the tab's content is
 * in, moved along when the content changes scene. A scene filter sees keys before the focused
 * control and before menu accelerators, so a tab can take Space or Ctrl+T for itself while it is
 * shown (the handler checks that) and leave them to others otherwise.
 */
public final class SceneKeys {

    private SceneKeys() {
    }

    /** Installs {@code handler} as a key-pressed filter on the scene of {@code content}, now and after every move. */
    public static void install(Node content, EventHandler<KeyEvent> handler) {
        if (content.getScene() != null) {
            content.getScene().addEventFilter(KeyEvent.KEY_PRESSED, handler);
        }
        content.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, handler);
            }
        });
    }

    /** Whether the user is typing into a text field of {@code content}'s scene (then Space is a space). */
    public static boolean typing(Node content) {
        Scene scene = content.getScene();
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
    }
}
