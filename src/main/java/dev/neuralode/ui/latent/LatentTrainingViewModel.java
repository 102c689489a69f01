package dev.neuralode.ui.latent;

import dev.neuralode.train.LatentCheckpoint;
import dev.neuralode.train.LatentExperiment;
import dev.neuralode.train.LatentSession;
import dev.neuralode.train.Setting;
import dev.neuralode.train.TrainingSnapshot;
import dev.neuralode.ui.common.ControlNames;
import dev.neuralode.ui.common.SessionViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The latent explorer's training controls: {@link SessionViewModel}'s Play, Pause and Step over a
 * {@link LatentSession}, Reset from a {@link LatentExperiment}, Open from a saved latent experiment
 * (its metrics history comes back with it), live learning-rate and tolerance updates, and the
 * message of a failed iteration for the banner.
 */
public final class LatentTrainingViewModel extends SessionViewModel<LatentHandle> {

    private static final ControlNames CONTROLS = ControlNames.of(Map.of(Setting.LEARNING_RATE, "Learning rate (Adam)", Setting.TOLERANCE, "Tolerance rtol"));

    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");

    LatentTrainingViewModel(Executor engine) {
        super(engine, CONTROLS);
    }

    /** Why the last iteration failed (the weights were rolled back), or empty. */
    ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    void dismissFailure() {
        failure.set("");
    }

    /** Throws the session away and starts a new one; charts and counters start over. */
    void reset(LatentExperiment experiment) {
        create("Generating spirals and the model...", gen -> new LatentHandle(gen, new LatentSession(experiment)));
    }

    /**
     * Resumes a saved latent experiment; it replaces the current session only once it has loaded, so
     * a file that cannot be opened leaves everything as it was (the error names the file and the fix).
     */
    void open(Path file) {
        String name = file.getFileName().toString();
        load("Opening " + name + "...", gen -> {
            LatentCheckpoint c = LatentCheckpoint.read(file);
            try {
                return new LatentHandle(gen, LatentSession.resume(c), c.view(), c.metricsCsv());
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": its weights do not fit the model its settings describe (" + e.getMessage() + ")", e);
            }
        }, why -> "Could not open " + name + ": " + why + ".\n\nChoose a .ckpt file saved on the Latent ODE tab"
                + " (File > Save latent experiment); the current experiment is kept.");
    }

    /** Applies a learning rate or tolerances from the next iteration on; refused (with the reason) if it needs a new model. */
    void update(LatentExperiment experiment) {
        LatentHandle h = session();
        if (h != null) {
            h.session().update(experiment);
        }
    }

    @Override
    protected void iterated(TrainingSnapshot snapshot) {
        if (snapshot.failed()) {
            failure.set("Iteration " + snapshot.iteration() + " failed and the weights were rolled back: " + failure(snapshot));
        }
    }

    @Override
    protected void started(LatentHandle handle) {
        if (handle.restoredMetricsCsv() != null) {
            history().restore(handle.restoredMetricsCsv());
        }
    }

    @Override
    protected void cleared() {
        failure.set("");
    }
}
