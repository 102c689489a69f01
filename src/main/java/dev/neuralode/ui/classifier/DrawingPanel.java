package dev.neuralode.ui.classifier;

import dev.neuralode.ui.common.Buttons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Draw a digit": the pad with a Clear button, beside it what the model read (the 28 x 28 image,
 * class probabilities, NFE), and below the path of the digit's features towards the class centroids.
 * Scrolls rather than squashing the pad when the window is short.
 */
final class DrawingPanel {

    private final FeaturePathView path;
    private final ScrollPane scroll;

    DrawingPanel(DrawingViewModel vm) {
        Label title = new Label("Draw a digit");
        title.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button clear = Buttons.button("Clear", "mnistClearPad", "Wipe the pad (Delete)", vm::clear);
        HBox head = new HBox(8, title, gap, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        DigitPad pad = new DigitPad(vm);
        ReadingView reading = new ReadingView(vm);
        HBox.setHgrow(pad, Priority.ALWAYS);
        HBox.setHgrow(reading, Priority.ALWAYS);
        HBox top = new HBox(8, pad, reading);
        path = new FeaturePathView(vm);
        VBox.setVgrow(path, Priority.ALWAYS);
        Label message = new Label();
        message.setId("mnistDrawingMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, head, top, path, message);
        box.setStyle("-fx-padding: 6;");
        box.setMinHeight(440);
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
    }

    Node node() {
        return scroll;
    }

    FeaturePathView path() {
        return path;
    }
}
