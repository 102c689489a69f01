package dev.neuralode.ui.latent;

import dev.neuralode.data.DataFileException;
import dev.neuralode.data.SeriesCsv;
import dev.neuralode.model.latent.LatentPrediction;
import dev.neuralode.train.EditedSeries;
import dev.neuralode.train.ExampleSeries;
import dev.neuralode.train.LatentExperiment;
import dev.neuralode.train.LatentViewState;
import dev.neuralode.ui.common.FileJobs;
import dev.neuralode.ui.common.LatestOnly;
import dev.neuralode.ui.common.Recoverable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The latent ODE explorer's state: the experiment, the series shown (a spiral of the session or an
 * imported one) with the user's edits ({@link ShownSeries}), and the newest posterior inferred for it.
 *
 * <p>Every edit, every change of series and, while training, every new iteration (at most one per
 * {@link #LIVE_INFERENCE_NANOS}) asks for a new inference. Inference runs on its own thread through
 * {@link LatestOnly}: a burst of clicks costs one inference in flight plus the newest, and the
 * newest always wins. Properties change on the FX thread only (results come through {@code fx}).
 *
 * <p>A new model on the same data (Reset, the Poisson likelihood switched) keeps the series shown
 * and its edits; one on new data (another n) shows the spiral fresh. {@link #wouldLose} says what a
 * new model throws away, for the question the view asks first. Save writes the session with the
 * series shown, its edits and the metrics; Open brings them all back.
 */
public final class LatentViewModel {

    /** Posterior samples drawn as thin lines. */
    public static final int SAMPLES = 8;
    /** Times at which the trajectories are evaluated and drawn. */
    public static final int PREDICTION_POINTS = 160;
    /** Least time between inferences that only follow training. */
    static final long LIVE_INFERENCE_NANOS = 400_000_000L;
    /** Seeds the samples' noise, so that redrawing after an edit shows the effect of the edit, not new noise. */
    private static final long SAMPLE_SEED = 42;

    /** A posterior inferred for one edited series by one session at one iteration. */
    public record Inference(long generation, long iteration, EditedSeries input, LatentPrediction prediction) {
    }

    private final LatentTrainingViewModel training;
    private final LatestOnly<Inference> inference;
    private final FileJobs jobs;
    private final LongSupplier clock;
    private final ShownSeries shown = new ShownSeries(this::requestInference);
    private final ObjectProperty<LatentExperiment> experiment = new SimpleObjectProperty<>(this, "experiment");
    private final ObjectProperty<Inference> inferred = new SimpleObjectProperty<>(this, "inferred");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ObjectProperty<ProjectionChoice> projection = new SimpleObjectProperty<>(this, "projection", ProjectionChoice.PCA);
    private long lastRequest = Long.MIN_VALUE / 2;
    private long lastInferredIteration = -1;

    /**
     * @param engine    creates and steps sessions (one thread)
     * @param inferrer  infers posteriors (one thread, not the engine's, so inference goes on while training runs)
     * @param work      saves and exports files
     * @param fx        delivers inference and file results to the FX thread
     */
    public LatentViewModel(LatentExperiment initial, Executor engine, Executor inferrer, Executor work, Executor fx,
                           LongSupplier clock) {
        this.training = new LatentTrainingViewModel(engine);
        this.jobs = new FileJobs(work, fx);
        this.clock = clock;
        this.experiment.set(initial);
        this.inference = new LatestOnly<>(inferrer, fx, this::inferred, e -> shown.message.set("Inference failed: " + e.getMessage()));
        // File outcomes ("Done: save ...", "Working: ...") go to the line under the view, where the tab says what happened.
        jobs.messageProperty().addListener((o, before, now) -> {
            if (!now.isEmpty()) {
                shown.message.set(now);
            }
        });
        training.sessionProperty().addListener((o, before, now) -> {
            if (now != null) {
                sessionStarted(now);
            }
        });
    }

    public LatentTrainingViewModel training() {
        return training;
    }

    /** Saves and exports, with the outcome for the status line. */
    public FileJobs jobs() {
        return jobs;
    }

    public ReadOnlyObjectProperty<LatentExperiment> experimentProperty() {
        return experiment;
    }

    /** The series the picker offers: the session's spirals, or the series of an imported file. */
    public ReadOnlyObjectProperty<List<ExampleSeries>> examplesProperty() {
        return shown.examples;
    }

    /** "spirals", or the name of the imported file. */
    public ReadOnlyStringProperty sourceProperty() {
        return shown.source;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return shown.selected;
    }

    /** The series shown, with the user's edits; null before the first session. */
    public ReadOnlyObjectProperty<EditedSeries> editedProperty() {
        return shown.edited;
    }

    /** The newest posterior for the series shown (it may lag one edit behind while an inference runs). */
    public ReadOnlyObjectProperty<Inference> inferredProperty() {
        return inferred;
    }

    /** Counts the posteriors applied: a view redraws when it changes. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ObjectProperty<ProjectionChoice> projectionProperty() {
        return projection;
    }

    /** What the last edit or file operation did, or why it was refused, for the line under the view. */
    public ReadOnlyStringProperty messageProperty() {
        return shown.message;
    }

    /** Inference requests so far and how many of them ran (the rest were superseded). */
    public long inferencesRequested() {
        return inference.submitted();
    }

    /** Creates the first session. */
    public void start() {
        reset();
    }

    /** A new model with the settings shown; the series shown and its edits stay, the charts start over. */
    public void reset() {
        training.reset(experiment.get());
    }

    /** n, the observations per spiral: a new model on newly subsampled spirals. */
    public void setObservations(int n) {
        if (n != experiment.get().observations()) {
            experiment.set(experiment.get().withObservations(n));
            reset();
        }
    }

    /** The Poisson process likelihood on or off: a new model (its intensity network is part of it) on the same data. */
    public void setPoisson(boolean on) {
        if (on != experiment.get().poisson()) {
            experiment.set(experiment.get().withPoisson(on));
            reset();
        }
    }

    /** Adam's learning rate, from the next iteration on. */
    public void setLearningRate(double rate) {
        updateLive(experiment.get().withLearningRate(rate));
    }

    /** dopri5's relative tolerance (the absolute one a tenth of it), from the next iteration and inference on. */
    public void setTolerance(double rtol) {
        updateLive(experiment.get().withTolerance(rtol));
        requestInference();
    }

    /**
     * What a new model would throw away, in the user's words ("the model trained for 7,000
     * iterations and your edits of spiral 3 (31 observations)"), or null when there is nothing to
     * lose and no need to ask.
     *
     * @param seriesLost whether the series shown goes too (new spirals, or a file opened)
     */
    public String wouldLose(boolean seriesLost) {
        List<String> parts = new ArrayList<>();
        long trained = training.iterationProperty().get();
        if (trained > 0) {
            parts.add(String.format(Locale.ROOT, "the model trained for %,d iteration%s", trained, trained == 1 ? "" : "s"));
        }
        String edits = seriesLost ? shown.edits() : null;
        if (edits != null) {
            parts.add(edits);
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** Whether the series shown come from a file rather than the session's spirals (another n keeps them). */
    public boolean showsImported() {
        return shown.imported();
    }

    /** Shows series {@code index} of the picker as it is, forgetting edits. */
    public void select(int index) {
        shown.select(index);
    }

    /**
     * A click on the data view at (x, y) in data units. A plain click on an observation (within
     * {@code pickRadius}) removes it, elsewhere it adds one at the time of the nearest curve point;
     * {@code remove} (right button or Shift) removes the observation nearest to the click.
     */
    public void click(double x, double y, boolean remove, double pickRadius) {
        shown.click(x, y, remove, pickRadius);
    }

    /** Takes back the last edit. */
    public void undo() {
        shown.undo();
    }

    /**
     * Shows the series of a CSV file ({@code series_id,t,x,y}) instead of the spirals; the model
     * stays as it is and infers their posteriors.
     *
     * @throws DataFileException naming the line when the file is malformed (the current series stay)
     */
    public void importSeries(Path file) throws DataFileException {
        shown.showImported(file.getFileName().toString(), SeriesCsv.read(file));
    }

    /** Back to the session's spirals after an import. */
    public void useSpirals() {
        LatentHandle h = training.session();
        shown.showSpirals(h == null ? List.of() : h.session().examples());
    }

    /**
     * Saves the session, the series shown with its edits and the metrics to {@code file} (atomically,
     * off the FX thread); the outcome goes to {@link #jobs()}.
     */
    public void save(Path file) {
        Recoverable.Snapshot snapshot = snapshot();
        if (snapshot == null) {
            jobs.run("save the latent experiment", () -> {
                throw new IllegalStateException("there is no model yet; wait until the status says Ready");
            });
            return;
        }
        jobs.run("save the latent experiment to " + file.getFileName(), () -> snapshot.writeTo(file));
    }

    /**
     * What Save writes (the session, the series shown with its edits, the metrics), captured now on
     * the FX thread that owns them, or null before the first model.
     */
    public Recoverable.Snapshot snapshot() {
        LatentHandle h = training.session();
        if (h == null) {
            return null;
        }
        LatentViewState view = shown.viewState();
        String metrics = training.history().toCsv();
        return file -> h.session().save(file, view, metrics);
    }

    /**
     * For crash recovery: changes with every new model, iteration, setting, series shown and edit;
     * null while there is nothing to lose (no model, or an untrained one on unedited spirals).
     */
    public Object recoveryState() {
        LatentHandle h = training.session();
        long iteration = training.iterationProperty().get();
        if (h == null || (iteration == 0 && shown.edits() == null && !shown.imported())) {
            return null;
        }
        // An edit replaces the edited series (equal only to itself), so the list changes with every edit.
        return Arrays.asList(h.generation(), iteration, experiment.get(), shown.source.get(), shown.selected.get(),
                shown.edited.get());
    }

    /** Opens a saved latent experiment: its settings, model, series, edits and charts replace the current ones once it has loaded. */
    public void open(Path file) {
        training.open(file);
    }

    /** Applies the engine's news and, while training, asks for a fresh posterior now and then; once per FX pulse. */
    public void pulse() {
        training.pulse();
        long now = clock.getAsLong();
        if (training.runningProperty().get() && training.iterationProperty().get() > lastInferredIteration
                && now - lastRequest >= LIVE_INFERENCE_NANOS) {
            requestInference();
        }
    }

    /** Stops training within one iteration (the window is closing). */
    public void close() {
        training.close();
    }

    private void updateLive(LatentExperiment next) {
        experiment.set(next);
        try {
            training.update(next);
        } catch (IllegalArgumentException e) {
            shown.message.set(e.getMessage());
        }
    }

    private void sessionStarted(LatentHandle h) {
        lastInferredIteration = -1;
        if (h.restoredView() != null) {
            experiment.set(h.session().experiment());
            shown.adopt(h.restoredView(), h.session().examples());
        } else {
            shown.sessionStarted(h.session().examples());
        }
    }

    private void requestInference() {
        LatentHandle h = training.session();
        EditedSeries e = shown.edited.get();
        if (h == null || e == null) {
            return;
        }
        lastRequest = clock.getAsLong();
        inference.submit(() -> {
            // Read without the training lock: a series switch must not wait for the iteration in progress.
            long iteration = h.session().explainedIteration();
            LatentPrediction p = h.session().explain(e.series(), e.predictionTimes(PREDICTION_POINTS), SAMPLES, SAMPLE_SEED);
            return new Inference(h.generation(), iteration, e, p);
        });
    }

    private void inferred(Inference result) {
        LatentHandle h = training.session();
        if (h == null || h.generation() != result.generation()) {
            return;
        }
        lastInferredIteration = result.iteration();
        inferred.set(result);
        revision.set(revision.get() + 1);
    }
}
