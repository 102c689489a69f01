package dev.neuralode.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/**
 * Clicks a button of an open dialog by its text, looked up inside the dialog only: the window behind
 * it may have a button with the same text (the toolbar's Reset under the question "Reset discards ...").
 */
final class DialogButtons {

    private DialogButtons() {
    }

    static void click(FxRobot robot, String dialogId, String text) {
        Node pane = robot.lookup("#" + dialogId).query();
        Button button = robot.from(pane).lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).query();
        robot.clickOn(button);
    }
}
