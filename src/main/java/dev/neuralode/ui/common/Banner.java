package dev.neuralode.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card that names a problem and offers one-click fixes; shown only while its message is not
 * empty. Banners are meant to float over a view ({@link #overlay}) rather than sit in the layout:
 * one that appears must not push the controls under the mouse away, or the next click lands on a
 * different control.
 */
public final class Banner {

    /** The widest a banner card grows, so that a line of text stays readable on a wide window. */
    static final double MAX_WIDTH = 640;

    private final VBox box;

    /**
     * @param kind     a style class ({@code banner-warning}, {@code banner-info})
     * @param title    a short bold lead such as "Stiffness"
     * @param message  the text; empty hides the banner
     * @param actions  the buttons offered, in order; they wrap onto more lines in a narrow view
     */
    public Banner(String id, String kind, String title, ObservableStringValue message, Button... actions) {
        Label lead = new Label(title);
        lead.getStyleClass().add("banner-title");
        lead.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId(id + "Message");
        text.setWrapText(true);
        text.textProperty().bind(message);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(10, lead, text);
        head.setAlignment(Pos.TOP_LEFT);
        FlowPane buttons = new FlowPane(6, 6, actions);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        for (Button b : actions) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        box = new VBox(6, head, buttons);
        box.setId(id);
        box.setPadding(new Insets(8, 10, 8, 10));
        box.setMaxWidth(MAX_WIDTH);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().addAll("banner", kind);
        box.visibleProperty().bind(Bindings.isNotEmpty(message));
        box.managedProperty().bind(box.visibleProperty());
    }

    public Node node() {
        return box;
    }

    /**
     * A view with banners floating over its top edge, stacked, without moving anything in the view
     * when one appears or goes. Clicks outside a visible banner reach the view.
     */
    public static StackPane overlay(Node view, Banner... banners) {
        VBox column = new VBox(6);
        for (Banner b : banners) {
            column.getChildren().add(b.node());
        }
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(6, 10, 0, 10));
        column.setPickOnBounds(false);
        column.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane stack = new StackPane(view, column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        return stack;
    }
}
