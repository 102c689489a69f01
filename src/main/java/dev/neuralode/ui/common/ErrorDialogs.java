package dev.neuralode.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;

/**
 * Error dialogs that say what went wrong and what to do, shown without blocking (training and the
 * views go on behind them).
 */
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    public static Alert show(Node owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Neural ODE Explorer");
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setId("errorMessage");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("errorDialog");
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.show();
        return alert;
    }
}
