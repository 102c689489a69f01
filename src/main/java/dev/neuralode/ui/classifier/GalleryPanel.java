package dev.neuralode.ui.classifier;

import dev.neuralode.ui.common.Buttons;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The validation digits the model gets wrong, hardest for the solver first, each with what the model
 * read and the NFE its solve took; above them the NFE histogram over every digit read.
 */
final class GalleryPanel {

    private static final double THUMBNAIL = 56;

    private final GalleryViewModel vm;
    private final NfeHistogramView histogram = new NfeHistogramView();
    private final FlowPane thumbnails = new FlowPane(6, 6);
    private final VBox box;

    GalleryPanel(GalleryViewModel vm, Supplier<ClassifierHandle> session) {
        this.vm = vm;
        Button run = Buttons.button("Find misread digits", "mnistGalleryButton",
                "Read " + GalleryViewModel.IMAGES + " validation digits one by one with the current model", () -> vm.run(session.get()));
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = Buttons.button("Cancel", "mnistGalleryCancel", "Stop reading digits", vm::cancel);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox controls = new HBox(8, run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("mnistGalleryMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        thumbnails.setId("mnistMistakes");
        ScrollPane scroll = new ScrollPane(thumbnails);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box = new VBox(6, controls, message, histogram, scroll);
        box.setStyle("-fx-padding: 6;");
        vm.resultProperty().addListener((o, a, g) -> show(g));
    }

    Node node() {
        return box;
    }

    private void show(GalleryViewModel.Gallery g) {
        thumbnails.getChildren().clear();
        histogram.show(g == null ? null : g.histogram(), g == null || g.ode());
        if (g == null) {
            return;
        }
        for (GalleryViewModel.Mistake m : g.mistakes()) {
            ImageView picture = new ImageView(DigitColours.picture(m.pixels()));
            picture.setFitWidth(THUMBNAIL);
            picture.setFitHeight(THUMBNAIL);
            picture.setSmooth(false);
            Label caption = new Label(m.label() + " read as " + m.predicted() + (g.ode() ? "\nNFE " + m.nfe() : ""));
            caption.setStyle("-fx-font-size: 11px;");
            VBox cell = new VBox(2, picture, caption);
            cell.setAlignment(Pos.TOP_CENTER);
            cell.getStyleClass().add("mnist-mistake");
            Tooltip.install(cell, new Tooltip("Validation digit " + m.index() + ": a " + m.label() + ", read as " + m.predicted()
                    + (g.ode() ? "; its solve took " + m.nfe() + " evaluations" : "")));
            thumbnails.getChildren().add(cell);
        }
    }
}
