package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.Setting;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.TrainingSnapshot;
import dev.neuralode.ui.common.ControlNames;
import dev.neuralode.ui.common.SessionViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The density explorer's training controls: {@link SessionViewModel}'s Play, Pause and Step over a
 * CNF {@link TrainingSession}, plus Reset from a config and data, Open from a checkpoint, live
 * settings updates and the stiffness warning.
 */
public final class TrainingViewModel extends SessionViewModel<SessionHandle> {

    private static final ControlNames CONTROLS = ControlNames.of(Map.of(Setting.LEARNING_RATE, "Learning rate", Setting.TOLERANCE, "Tolerance", Setting.KINETIC, "Kinetic weight"));

    private final StiffnessMonitor stiffness = new StiffnessMonitor();
    private final StringProperty stiffnessWarning = new SimpleStringProperty(this, "stiffnessWarning", "");
    private CnfExperiment config;

    public TrainingViewModel(Executor engine) {
        super(engine, CONTROLS);
    }

    /** The stiffness symptom seen, or empty. */
    public ReadOnlyStringProperty stiffnessWarningProperty() {
        return stiffnessWarning;
    }

    /** Throws the session away and starts a new one; charts and counters start over. */
    public void reset(CnfExperiment config, PointSet customPoints) {
        create("Creating the model...", gen -> SessionHandle.of(gen, new TrainingSession(config, customPoints)));
    }

    /**
     * Resumes a session from a checkpoint; it replaces the current one only once it has loaded, so
     * a file that cannot be opened leaves the current session as it was (the error goes to
     * {@link #setOnError}). {@link #setOnOpened} hears of the new session.
     */
    public void open(Path file) {
        load("Opening " + file.getFileName() + "...", gen -> SessionHandle.of(gen, TrainingSession.resume(file)),
                why -> "Could not open " + file.getFileName() + ": " + why
                        + ". Choose a .ckpt file saved by this program or by 'train cnf'; the current experiment is kept.");
    }

    /**
     * Applies settings that need no new model from the next iteration on.
     *
     * @throws IllegalArgumentException when they need a new model
     */
    public void update(CnfExperiment config) {
        SessionHandle h = session();
        if (h != null) {
            h.session().update(config);
            if (!config.equals(this.config)) {
                // NFE and step sizes under new settings are not comparable with the old ones.
                restartStiffnessWatch();
            }
            this.config = config;
        }
    }

    /** The settings the session runs with (including an update waiting for the next iteration), or null. */
    public CnfExperiment config() {
        return session() == null ? null : config;
    }

    /** Hides the stiffness warning until its symptom has cleared and come back. */
    public void dismissStiffnessWarning() {
        stiffness.dismiss();
        stiffnessWarning.set("");
    }

    /** Hides the stiffness warning and watches afresh (a remedy was applied): it returns only if the symptom does. */
    public void restartStiffnessWatch() {
        stiffness.clear();
        stiffnessWarning.set("");
    }

    @Override
    protected void iterated(TrainingSnapshot snapshot) {
        stiffnessWarning.set(stiffness.accept(snapshot).orElse(""));
    }

    @Override
    protected void cleared() {
        stiffness.clear();
        stiffnessWarning.set("");
    }

    /** A session opened from a file brings back the metrics saved with it, so the charts show its past. */
    @Override
    protected void started(SessionHandle handle) {
        config = handle.session().config();
        String saved = handle.session().savedMetrics();
        if (saved != null) {
            history().restore(saved);
        }
    }
}
