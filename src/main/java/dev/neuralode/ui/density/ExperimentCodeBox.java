package dev.neuralode.ui.density;

import dev.neuralode.ui.common.Buttons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The experiment code in the data panel: the current settings and seeds as one line, with Copy,
 * Paste (the clipboard's code, applied) and Apply (the code typed or pasted into the field, also on
 * Enter). The field follows the settings until the user edits it; a code that cannot be applied
 * leaves everything as it was and says which field is wrong and how to fix it.
 */
final class ExperimentCodeBox {

    /** Says what a code holds and what it does not: the drawn points stay in saved experiment files. */
    static final String HELP = "The settings and both seeds as one line: copy it to share or note a run, paste one to"
            + " reproduce it. Drawn points are not in the code; save the experiment (File > Save) to keep them.";

    private final VBox box;

    ExperimentCodeBox(PlaygroundActions actions) {
        // A wrapping area, so that the whole code is in view; Enter applies it rather than breaking the line.
        TextArea field = new TextArea(actions.currentCode());
        field.setId("experimentCode");
        field.setTooltip(help());
        field.setWrapText(true);
        field.setPrefRowCount(3);
        field.setPrefColumnCount(12);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                applyOrRestore(actions, field);
            }
        });
        actions.viewModel().settings().draftProperty().addListener((o, was, now) -> field.setText(actions.currentCode()));

        Button copy = Buttons.button("Copy", "copyCode", "Copy the experiment code to the clipboard", actions::copyCode);
        Button paste = Buttons.button("Paste", "pasteCode", "Apply the experiment code on the clipboard", () -> {
            String code = PlaygroundActions.clipboardText();
            field.setText(code);
            applyOrRestore(actions, field);
        });
        Button apply = Buttons.button("Apply", "applyCode", "Apply the experiment code in the field (Enter)",
                () -> applyOrRestore(actions, field));
        HBox buttons = new HBox(6, copy, paste, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label("Experiment code");
        title.getStyleClass().add("section-title");
        title.setTooltip(help());
        Label message = new Label();
        message.setId("codeMessage");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(actions.codeMessageProperty());
        Label error = new Label();
        error.setId("codeError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(actions.codeErrorProperty());
        for (Label l : new Label[] {message, error}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        // The error right under the field it is about, where the eye is after pressing Enter.
        box = new VBox(6, title, field, error, message, buttons);
    }

    private static Tooltip help() {
        Tooltip tip = new Tooltip(HELP);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

    Node node() {
        return box;
    }

    /** A malformed code stays in the field to be corrected; a refused one (Cancel) gives way to the current code. */
    private static void applyOrRestore(PlaygroundActions actions, TextArea field) {
        if (!actions.applyCode(field.getText()) && actions.codeErrorProperty().get().isEmpty()) {
            field.setText(actions.currentCode());
        }
    }
}
