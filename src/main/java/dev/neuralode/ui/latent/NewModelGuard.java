package dev.neuralode.ui.latent;

import dev.neuralode.ui.common.Confirm;
import javafx.scene.Node;

/**
 * The latent tab's one rule for actions that replace the trained model (Reset, n, the Poisson
 * likelihood, Open): ask first with {@link Confirm#discard} when a trained model or edits would be
 * lost, do nothing on Cancel, and let training that was running go on with the new model rather
 * than stop without a word.
 */
final class NewModelGuard {

    private final LatentViewModel vm;
    private final Node owner;
    private final Runnable playWhenReady;

    NewModelGuard(LatentViewModel vm, Node owner, Runnable playWhenReady) {
        this.vm = vm;
        this.owner = owner;
        this.playWhenReady = playWhenReady;
    }

    /**
     * Whether the user lets {@code action} go ahead; asks only when something would be lost.
     *
     * @param seriesLost whether the series shown and its edits go too
     */
    boolean allows(String action, boolean seriesLost) {
        String loss = vm.wouldLose(seriesLost);
        return loss == null || Confirm.discard(owner, action, loss);
    }

    /**
     * Runs {@code change}, a new model, if the user agrees; training that was running resumes once the
     * new model is ready.
     *
     * @param action the verb on the dialog's button ("Reset", "Switch likelihood")
     * @return whether the change ran (false on Cancel: the caller puts its control back)
     */
    boolean replaceModel(String action, boolean seriesLost, Runnable change) {
        if (!allows(action, seriesLost)) {
            return false;
        }
        boolean training = vm.training().runningProperty().get();
        change.run();
        if (training) {
            playWhenReady.run();
        }
        return true;
    }
}
