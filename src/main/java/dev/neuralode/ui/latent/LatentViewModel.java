package dev.neuralode.ui.latent;

import dev.neuralode.data.DataFileException;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.SeriesCsv;
import dev.neuralode.model.latent.LatentPrediction;
import dev.neuralode.train.EditedSeries;
import dev.neuralode.train.ExampleSeries;
import dev.neuralode.train.LatentExperiment;
import dev.neuralode.ui.common.LatestOnly;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The latent ODE explorer's state: the experiment, the series shown (a spiral of the session or an
 * imported one) with the user's edits, and the newest posterior inferred for it.
 *
 * <p>Every edit, every change of series and, while training, every new iteration (at most one per
 * {@link #LIVE_INFERENCE_NANOS}) asks for a new inference. Inference runs on its own thread through
 * {@link LatestOnly}: a burst of clicks costs one inference in flight plus the newest, and the
 * newest always wins. Properties change on the FX thread only (results come through {@code fx}).
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
    private final LongSupplier clock;
    private final ObjectProperty<LatentExperiment> experiment = new SimpleObjectProperty<>(this, "experiment");
    private final ObjectProperty<List<ExampleSeries>> examples = new SimpleObjectProperty<>(this, "examples", List.of());
    private final StringProperty source = new SimpleStringProperty(this, "source", "spirals");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected");
    private final ObjectProperty<EditedSeries> edited = new SimpleObjectProperty<>(this, "edited");
    private final ObjectProperty<Inference> inferred = new SimpleObjectProperty<>(this, "inferred");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ObjectProperty<ProjectionChoice> projection = new SimpleObjectProperty<>(this, "projection", ProjectionChoice.PCA);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Deque<EditedSeries> undo = new ArrayDeque<>();
    private boolean imported;
    private long lastRequest = Long.MIN_VALUE / 2;
    private long lastInferredIteration = -1;

    /**
     * @param engine    creates and steps sessions (one thread)
     * @param inferrer  infers posteriors (one thread, not the engine's, so inference goes on while training runs)
     * @param fx        delivers inference results to the FX thread
     */
    public LatentViewModel(LatentExperiment initial, Executor engine, Executor inferrer, Executor fx, LongSupplier clock) {
        this.training = new LatentTrainingViewModel(engine);
        this.clock = clock;
        this.experiment.set(initial);
        this.inference = new LatestOnly<>(inferrer, fx, this::inferred, e -> message.set("Inference failed: " + e.getMessage()));
        training.sessionProperty().addListener((o, before, now) -> {
            if (now != null) {
                sessionStarted(now);
            }
        });
    }

    public LatentTrainingViewModel training() {
        return training;
    }

    public ReadOnlyObjectProperty<LatentExperiment> experimentProperty() {
        return experiment;
    }

    /** The series the picker offers: the session's spirals, or the series of an imported file. */
    public ReadOnlyObjectProperty<List<ExampleSeries>> examplesProperty() {
        return examples;
    }

    /** "spirals", or the name of the imported file. */
    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected;
    }

    /** The series shown, with the user's edits; null before the first session. */
    public ReadOnlyObjectProperty<EditedSeries> editedProperty() {
        return edited;
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

    /** What the last edit did or why it was refused, for the status under the view. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Inference requests so far and how many of them ran (the rest were superseded). */
    public long inferencesRequested() {
        return inference.submitted();
    }

    /** Creates the first session. */
    public void start() {
        reset();
    }

    /** A new model with the settings shown; the charts start over. */
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

    /** The Poisson process likelihood on or off: a new model (its intensity network is part of it). */
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

    /** Shows series {@code index} of the picker as it is, forgetting edits. */
    public void select(int index) {
        List<ExampleSeries> list = examples.get();
        if (list.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(list.size() - 1, index));
        selected.set(i);
        undo.clear();
        edited.set(EditedSeries.of(list.get(i)));
        message.set(list.get(i).label() + ": click the view to add an observation");
        requestInference();
    }

    /**
     * A click on the data view at (x, y) in data units. A plain click on an observation (within
     * {@code pickRadius}) removes it, elsewhere it adds one at the time of the nearest curve point;
     * {@code remove} (right button or Shift) removes the observation nearest to the click.
     */
    public void click(double x, double y, boolean remove, double pickRadius) {
        EditedSeries e = edited.get();
        if (e == null) {
            return;
        }
        int nearest = e.nearest(x, y);
        double distance = Math.hypot(e.series().x(nearest) - x, e.series().y(nearest) - y);
        try {
            if (remove || distance <= pickRadius) {
                double t = e.series().time(nearest);
                apply(e.without(nearest), String.format(Locale.ROOT, "Removed the observation at t = %.3f", t));
            } else {
                EditedSeries added = e.withObservation(x, y);
                double t = added.example().truth().timeNear(x, y);
                apply(added, String.format(Locale.ROOT, "Added an observation at t = %.3f (the time of the nearest curve point)", t));
            }
        } catch (IllegalArgumentException refused) {
            message.set("Not changed: " + refused.getMessage());
        }
    }

    /** Takes back the last edit. */
    public void undo() {
        EditedSeries before = undo.pollFirst();
        if (before != null) {
            edited.set(before);
            message.set("Undone: " + before.size() + " observations");
            requestInference();
        }
    }

    /**
     * Shows the series of a CSV file ({@code series_id,t,x,y}) instead of the spirals; the model
     * stays as it is and infers their posteriors.
     *
     * @throws DataFileException naming the line when the file is malformed (the current series stay)
     */
    public void importSeries(Path file) throws DataFileException {
        List<IrregularSeries> read = SeriesCsv.read(file);
        imported = true;
        source.set(file.getFileName().toString());
        examples.set(read.stream().map(ExampleSeries::imported).toList());
        select(0);
    }

    /** Back to the session's spirals after an import. */
    public void useSpirals() {
        imported = false;
        source.set("spirals");
        LatentHandle h = training.session();
        examples.set(h == null ? List.of() : h.session().examples());
        select(0);
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
            message.set(e.getMessage());
        }
    }

    private void apply(EditedSeries next, String what) {
        undo.addFirst(edited.get());
        edited.set(next);
        message.set(what + "; " + next.size() + " observations");
        requestInference();
    }

    private void sessionStarted(LatentHandle h) {
        lastInferredIteration = -1;
        if (!imported) {
            examples.set(h.session().examples());
        }
        EditedSeries e = edited.get();
        if (e == null || !imported) {
            select(selected.get());
        } else {
            requestInference();
        }
    }

    private void requestInference() {
        LatentHandle h = training.session();
        EditedSeries e = edited.get();
        if (h == null || e == null) {
            return;
        }
        lastRequest = clock.getAsLong();
        inference.submit(() -> {
            long iteration = h.session().iteration();
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
