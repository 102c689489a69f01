package dev.neuralode.ui.common;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;

/**
 * The loss chart's header controls: a log axis switch, and which iterations the training charts
 * show ({@link IterationWindow}, recent half by default so that the loss is readable once the first
 * steep fall is past). A log axis needs a positive loss; when the loss reaches 0 or below the
 * switch turns off and its tooltip says why.
 */
final class HistoryControls {

    private static final String LOG_TIP = "Loss on a logarithmic axis: equal ratios take equal room";
    private final CheckBox log = new CheckBox("log");
    private final ChoiceBox<IterationWindow> window = new ChoiceBox<>();
    private Runnable onChange = () -> { };

    HistoryControls() {
        log.setId("lossLogAxis");
        log.setTooltip(new Tooltip(LOG_TIP));
        window.setId("iterationWindow");
        window.getItems().setAll(IterationWindow.values());
        window.setValue(IterationWindow.RECENT_HALF);
        window.setTooltip(new Tooltip("Iterations shown on the loss, NFE and seconds charts; "
                + "their axes fit what is shown"));
        log.selectedProperty().addListener((o, a, b) -> onChange.run());
        window.valueProperty().addListener((o, a, b) -> onChange.run());
    }

    Node[] nodes() {
        return new Node[] {log, window};
    }

    /** Called when the user changes a control, so the charts redraw at once. */
    void setOnChange(Runnable action) {
        onChange = action;
    }

    boolean logarithmic() {
        return log.isSelected() && !log.isDisabled();
    }

    IterationWindow window() {
        return window.getValue() == null ? IterationWindow.ALL : window.getValue();
    }

    /**
     * Allows the log axis again ({@code blocking} null, after the history was cleared), or turns it
     * off because the loss reached {@code blocking}, which is 0 or below.
     */
    void allowLog(Double blocking) {
        log.setDisable(blocking != null);
        log.getTooltip().setText(blocking == null ? LOG_TIP : String.format(Locale.ROOT,
                "No log axis: the loss reached %.3g, and a log axis shows only positive values", blocking));
    }
}
