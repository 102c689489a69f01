package dev.neuralode.ui;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.BackendInfo;
import dev.neuralode.ui.common.FadingMessage;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The window's bottom line: engine start-up progress, then the backend and its threads. The
 * developer's figures (FX stalls while training, heap and off-heap bytes) show only while
 * {@link #diagnosticsProperty() diagnostics} are on (View > Diagnostics).
 */
final class StatusBar {

    private static final String READY = "Engine ready";

    private final Label message = new Label();
    /** What the message line says; "Engine ready" fades, progress and failures stay. */
    private final StringProperty messageText = new SimpleStringProperty(this, "message", "");
    private final ProgressBar progress = new ProgressBar();
    private final Label backend = new Label("Engine: starting...");
    private final Label memory = new Label();
    private final Label stalls = new Label();
    private final HBox box;
    private final BooleanProperty diagnostics = new SimpleBooleanProperty(this, "diagnostics", false);
    private final Timeline memoryRefresh = new Timeline(new KeyFrame(Duration.seconds(2), e -> refreshMemory()));

    StatusBar() {
        message.setId("statusMessage");
        FadingMessage.attach(message, messageText, FadingMessage.HOLD, text -> !text.equals(READY));
        backend.setId("backendStatus");
        memory.setId("memoryStatus");
        stalls.setId("stallStatus");
        // The engine line names the kernels and is the one to read whole; the others shorten first and
        // show their full text on hover.
        backend.setMinWidth(Region.USE_PREF_SIZE);
        for (Label label : new Label[] {message, stalls, backend, memory}) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(label.textProperty());
            label.setTooltip(tip);
        }
        for (Label figure : new Label[] {stalls, memory}) {
            figure.visibleProperty().bind(diagnostics);
            figure.managedProperty().bind(diagnostics);
        }
        progress.setPrefWidth(140);
        progress.setVisible(false);
        progress.setManaged(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new HBox(12, message, progress, spacer, stalls, backend, memory);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.setStyle("-fx-border-color: -fx-box-border transparent transparent transparent;");
        memoryRefresh.setCycleCount(Timeline.INDEFINITE);
    }

    Node node() {
        return box;
    }

    /** Whether the FX stall and memory figures are shown. */
    BooleanProperty diagnosticsProperty() {
        return diagnostics;
    }

    /** Shows the start-up task's progress, then the backend it loaded, or its failure and the fix. */
    void showStartup(Task<BackendInfo> startup) {
        progress.setVisible(true);
        progress.setManaged(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        messageText.bind(startup.messageProperty());
        startup.setOnSucceeded(e -> {
            finishStartup(READY);
            BackendInfo info = startup.getValue();
            backend.setText("Engine: " + info.describe());
            refreshMemory();
            memoryRefresh.play();
        });
        startup.setOnFailed(e -> {
            finishStartup("The numeric engine failed to start: " + startup.getException().getMessage()
                    + ". Check that ~/.javacpp/cache is writable and has about 500 MB free.");
            backend.setText("Engine: unavailable");
        });
    }

    /** Shows the pulse monitor's figure. */
    void showStalls(javafx.beans.value.ObservableStringValue text) {
        stalls.textProperty().bind(text);
    }

    void stop() {
        memoryRefresh.stop();
    }

    private void finishStartup(String text) {
        messageText.unbind();
        messageText.set(text);
        progress.setVisible(false);
        progress.setManaged(false);
    }

    private void refreshMemory() {
        memory.setText(Backend.memory().describe());
    }
}
