package dev.neuralode.ui.plane;

import dev.neuralode.data.LabelledPoints;
import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.train.Flow2dSession;
import dev.neuralode.train.Flow2dSnapshot;
import dev.neuralode.train.Setting;
import dev.neuralode.train.TrainingSnapshot;
import dev.neuralode.ui.common.ControlNames;
import dev.neuralode.ui.common.SessionViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The 2D view's training controls: {@link SessionViewModel}'s Play, Pause and Step over a
 * {@link Flow2dSession}, with the accuracies the shared snapshot does not carry. The session's own
 * {@link Flow2dSnapshot} is read by a listener on the engine thread and queued, like the shared
 * events, for the next pulse.
 */
public final class PlaneTrainingViewModel extends SessionViewModel<PlaneHandle> {

    private static final ControlNames CONTROLS = ControlNames.of(Map.of(Setting.TOLERANCE, "Solver tolerance"));

    private static final String METRICS = "metrics.csv";
    private static final String ACCURACY = "accuracy.csv";

    private record Tagged(long generation, Flow2dSnapshot snapshot) {
    }

    private final Queue<Tagged> accuracies = new ConcurrentLinkedQueue<>();
    private final AccuracyHistory accuracyHistory = new AccuracyHistory();
    private final StringProperty accuracy = new SimpleStringProperty(this, "accuracy", "Accuracy: not trained yet");
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");
    private double lastTest = Double.NaN;

    PlaneTrainingViewModel(Executor engine) {
        super(engine, CONTROLS);
    }

    /** The training batch's and the test set's accuracy, as a line for the view. */
    public ReadOnlyStringProperty accuracyProperty() {
        return accuracy;
    }

    /** Why the last iteration failed (the weights were rolled back), or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    void dismissFailure() {
        failure.set("");
    }

    AccuracyHistory accuracyHistory() {
        return accuracyHistory;
    }

    /** A new session on the config's data, or on {@code custom} points for the drawn set. */
    void reset(Flow2dExperiment experiment, LabelledPoints custom) {
        create("Generating the data and the model...", gen -> handle(gen, new Flow2dSession(experiment, custom)));
    }

    /** Continues the run saved in {@code file}; the current one stays if it cannot be read. */
    void open(Path file) {
        load("Opening " + file.getFileName() + "...", gen -> handle(gen, Flow2dSession.resume(file)),
                m -> "Could not open " + file.getFileName() + ": " + m);
    }

    /** Applies a solver change from the next iteration on. */
    void update(Flow2dExperiment experiment) {
        PlaneHandle h = session();
        if (h != null) {
            h.session().update(experiment);
        }
    }

    /** The charts' history, saved with a checkpoint so that an opened run shows how it got there (FX thread). */
    Map<String, String> chartHistory() {
        return Map.of(METRICS, history().toCsv(), ACCURACY, accuracyHistory.toCsv());
    }

    private PlaneHandle handle(long generation, Flow2dSession s) {
        // Added before the view-model's own listener, after the session's: latest() is this iteration's.
        s.addListener(t -> accuracies.offer(new Tagged(generation, s.latest())));
        return new PlaneHandle(generation, s);
    }

    @Override
    public void pulse() {
        super.pulse();
        PlaneHandle h = session();
        Flow2dSnapshot newest = null;
        for (Tagged t = accuracies.poll(); t != null; t = accuracies.poll()) {
            if (h != null && t.generation() == h.generation() && t.snapshot() != null && !t.snapshot().failed()) {
                newest = t.snapshot();
                accuracyHistory.add(newest.iteration(), newest.accuracy(), newest.testAccuracy());
                if (newest.tested()) {
                    lastTest = newest.testAccuracy();
                }
            }
        }
        if (newest != null) {
            showAccuracy(newest.iteration(), newest.accuracy());
        }
    }

    private void showAccuracy(long iteration, double batchAccuracy) {
        accuracy.set(String.format(Locale.ROOT, "Accuracy: batch %.1f%%, test %s (iteration %d)", 100 * batchAccuracy,
                Double.isNaN(lastTest) ? "not evaluated yet" : String.format(Locale.ROOT, "%.1f%%", 100 * lastTest), iteration));
    }

    /** A session opened from a file brings back the charts' history saved with it. */
    @Override
    protected void started(PlaneHandle handle) {
        Map<String, String> saved = handle.session().savedHistory();
        if (saved.containsKey(METRICS)) {
            history().restore(saved.get(METRICS));
        }
        if (saved.containsKey(ACCURACY) && accuracyHistory.restore(saved.get(ACCURACY)) > 0) {
            double[] last = accuracyHistory.last();
            lastTest = last[2];
            showAccuracy((long) last[0], last[1]);
        }
    }

    @Override
    protected void iterated(TrainingSnapshot snapshot) {
        if (snapshot.failed()) {
            failure.set("Iteration " + snapshot.iteration() + " failed and the weights were rolled back: " + failure(snapshot));
        }
    }

    @Override
    protected void cleared() {
        accuracies.clear();
        accuracyHistory.clear();
        lastTest = Double.NaN;
        accuracy.set("Accuracy: not trained yet");
        failure.set("");
    }
}
