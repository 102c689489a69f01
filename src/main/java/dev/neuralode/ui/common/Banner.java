package dev.neuralode.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A strip across the top of the tab that names a problem and offers one-click fixes; shown only
 * while its message is not empty.
 */
public final class Banner {

    private final HBox box;

    /**
     * @param kind     a style class ({@code banner-warning}, {@code banner-info})
     * @param title    a short bold lead such as "Stiffness"
     * @param message  the text; empty hides the banner
     * @param actions  the buttons offered, in order
     */
    public Banner(String id, String kind, String title, ObservableStringValue message, Button... actions) {
        Label lead = new Label(title);
        lead.getStyleClass().add("banner-title");
        Label text = new Label();
        text.setId(id + "Message");
        text.setWrapText(true);
        text.textProperty().bind(message);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        box = new HBox(10, lead, text);
        box.getChildren().addAll(actions);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().addAll("banner", kind);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(message));
        box.managedProperty().bind(box.visibleProperty());
    }

    public Node node() {
        return box;
    }
}
