package dev.neuralode.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * The one question every tab asks before it throws away work the user cannot get back (a trained
 * model, edited data): the same wording, buttons and ids everywhere, so that a user learns it once
 * and a robot test finds it by {@code #confirmDialog}.
 */
public final class Confirm {

    /** The dialog pane's id, for tests. */
    public static final String DIALOG_ID = "confirmDialog";

    private Confirm() {
    }

    /**
     * Asks whether to go on with {@code action} although it discards {@code loss}; waits for the
     * answer (a nested event loop, so the window keeps painting).
     *
     * @param action the button's text, a verb ("Reset", "Switch likelihood")
     * @param loss   what is lost, in the user's words ("the model trained for 7,000 iterations")
     * @return true when the user chose the action, false on Cancel or when the dialog is closed
     */
    public static boolean discard(Node owner, String action, String loss) {
        Alert alert = question(owner, DIALOG_ID, action + " discards " + loss + ".",
                "Save first (File > Save) to keep it, or Cancel to leave everything as it is.");
        ButtonType accept = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, accept);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == accept;
    }

    /**
     * A question over the window, its text wrapped to a readable width (a long line would otherwise
     * stretch the dialog across the screen); the caller adds the buttons.
     */
    public static Alert question(Node owner, String id, String header, String body) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Neural ODE Explorer");
        alert.setHeaderText(header);
        Label text = new Label(body);
        text.setWrapText(true);
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(id);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert;
    }
}
