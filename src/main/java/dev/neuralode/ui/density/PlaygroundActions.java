package dev.neuralode.ui.density;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.ExperimentCode;
import dev.neuralode.ui.common.Confirm;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The data panel's TensorFlow-Playground actions: a new noise scale, Regenerate (a new sample of the
 * preset) and applying an experiment code. Each needs a new model, so each asks first
 * ({@link Confirm#discard}) when a trained model would be lost, and then starts the new model at
 * once; with nothing trained it just happens. Copy puts the current code on the clipboard.
 */
final class PlaygroundActions {

    private final ExplorerViewModel vm;
    private final Node owner;
    private final StringProperty codeMessage = new SimpleStringProperty(this, "codeMessage", "");
    private final StringProperty codeError = new SimpleStringProperty(this, "codeError", "");

    /** @param owner a node of the window, which owns the confirmation dialog */
    PlaygroundActions(ExplorerViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
        // "Copied" and "Applied" describe the settings they were said about; any later edit retires them.
        vm.settings().draftProperty().addListener((o, was, now) -> codeMessage.set(""));
    }

    ExplorerViewModel viewModel() {
        return vm;
    }

    /** What the last Copy or Apply did ("Copied", "Applied"), or empty. */
    ReadOnlyStringProperty codeMessageProperty() {
        return codeMessage;
    }

    /** Why the last code could not be applied (naming the field and the fix), or empty. */
    ReadOnlyStringProperty codeErrorProperty() {
        return codeError;
    }

    /** The code of the settings shown. */
    String currentCode() {
        return ExperimentCode.of(vm.settings().draft());
    }

    /**
     * Draws the preset with another noise scale.
     *
     * @return false when the user kept the trained model (the noise stays as it was)
     */
    boolean setNoise(double noise) {
        DataViewModel.DataState now = vm.data().state();
        if (noise == now.noise()) {
            return true;
        }
        if (!agreed("Change the noise", vm.settings().draft().withSampling(noise, now.dataSeed()))) {
            return false;
        }
        vm.data().setNoise(noise);
        vm.applyNow();
        return true;
    }

    /** Draws a new sample of the preset (a new data seed), after asking if a trained model would be lost. */
    void regenerate() {
        // Any other data seed needs a new model; 1 stands for whichever the view model picks.
        CnfExperiment next = vm.settings().draft().withSampling(vm.data().state().noise(), vm.data().state().dataSeed() + 1);
        if (agreed("Regenerate", next)) {
            vm.data().regenerate();
            vm.applyNow();
        }
    }

    void copyCode() {
        String code = currentCode();
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        codeError.set("");
        codeMessage.set("Copied to the clipboard.");
    }

    /** The clipboard's text, or empty when it holds none. */
    static String clipboardText() {
        String text = Clipboard.getSystemClipboard().getString();
        return text == null ? "" : text.strip();
    }

    /**
     * Applies an experiment code: its settings and data (drawn points stay as shown: a code holds none).
     *
     * @return false when the code is malformed (see {@link #codeErrorProperty()}) or the user kept the trained model
     */
    boolean applyCode(String code) {
        CnfExperiment next;
        try {
            next = ExperimentCode.parse(code);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            codeMessage.set("");
            codeError.set(why.substring(0, 1).toUpperCase(Locale.ROOT) + why.substring(1) + ".");
            return false;
        }
        codeError.set("");
        if (!agreed("Apply the code", next)) {
            codeMessage.set("");
            return false;
        }
        vm.applyConfig(next);
        vm.applyNow();
        codeMessage.set(next.isCustomData() ? "Applied; the drawn points are the ones shown (a code holds no points)."
                : "Applied.");
        return true;
    }

    private boolean agreed(String action, CnfExperiment next) {
        if (!vm.wouldDiscardTraining(next)) {
            return true;
        }
        long trained = vm.training().iterationProperty().get();
        return Confirm.discard(owner, action, String.format(Locale.ROOT, "the model trained for %,d iteration%s", trained,
                trained == 1 ? "" : "s"));
    }
}
