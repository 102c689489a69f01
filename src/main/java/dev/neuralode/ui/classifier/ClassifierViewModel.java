package dev.neuralode.ui.classifier;

import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.MnistSession;
import dev.neuralode.ui.common.ExplorerExecutors;
import dev.neuralode.ui.common.FileJobs;
import dev.neuralode.ui.common.MetricsHistory;
import dev.neuralode.ui.common.Recoverable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Classifier tab's MNIST view: the settings in the sidebar, the training session with its
 * validation error and epoch progress, the tolerance sweep, the gallery of misread digits, and the
 * digit drawn on the pad. Properties change on the FX thread only.
 *
 * <p>Threads ({@link ExplorerExecutors}): {@code engine} builds and trains sessions; {@code views}
 * reads the drawn digit and changes the solver between iterations; {@code work} runs validation,
 * sweeps, the gallery and saves; {@code fx} brings their results back.
 */
public final class ClassifierViewModel {

    /** Iterations whose mean wall time gives the pace of the time estimates. */
    static final int PACE_ITERATIONS = 20;

    private record Saved(long generation, long iteration) {
    }

    private final ClassifierTrainingViewModel training;
    private final ValidationViewModel validation;
    private final SweepViewModel sweep;
    private final GalleryViewModel gallery;
    private final DrawingViewModel drawing;
    private final FileJobs jobs;
    private final ExplorerExecutors executors;
    private final LongSupplier clock;
    private final ObjectProperty<ClassifierSettings> settings = new SimpleObjectProperty<>(this, "settings");
    private final StringProperty epoch = new SimpleStringProperty(this, "epoch", "");
    private final DoubleProperty epochFraction = new SimpleDoubleProperty(this, "epochFraction");
    private Saved saved = new Saved(-1, 0);
    private long shownIteration = -1;
    /** Whether the checkpoint being opened is a recovery file, whose model is not saved anywhere the user chose. */
    private boolean recovering;

    public ClassifierViewModel(ClassifierSettings initial, ExplorerExecutors executors, Path mnistDirectory, LongSupplier clock) {
        this.executors = executors;
        this.clock = clock;
        settings.set(initial);
        training = new ClassifierTrainingViewModel(executors.engine(), executors.views(), new TrainingImages(mnistDirectory));
        validation = new ValidationViewModel(executors.work(), executors.fx(), clock);
        sweep = new SweepViewModel(executors.work(), executors.fx());
        gallery = new GalleryViewModel(executors.work(), executors.fx());
        drawing = new DrawingViewModel(executors.views(), executors.fx(), clock);
        jobs = new FileJobs(executors.work(), executors.fx());
        sweep.solverChanged(initial.hasOde() ? initial.solver() : null);
        training.setOnOpened(h -> {
            ClassifierSettings opened = ClassifierSettings.of(h.session().config());
            settings.set(opened);
            sweep.solverChanged(opened.hasOde() ? opened.solver() : null);
            saved = recovering ? new Saved(-1, 0) : new Saved(h.generation(), h.session().iteration());
            recovering = false;
        });
        training.sessionProperty().addListener((o, before, now) -> {
            if (now != null) {
                sweep.clear();
                gallery.clear();
                shownIteration = -1;
                catchUp(now);
            }
        });
    }

    public ClassifierTrainingViewModel training() {
        return training;
    }

    public ValidationViewModel validation() {
        return validation;
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public GalleryViewModel gallery() {
        return gallery;
    }

    public DrawingViewModel drawing() {
        return drawing;
    }

    /** Saves' outcomes, for the status beside the control bar. */
    public FileJobs jobs() {
        return jobs;
    }

    public ReadOnlyObjectProperty<ClassifierSettings> settingsProperty() {
        return settings;
    }

    /** Where training is in its epochs and how long the rest would take. */
    public ReadOnlyStringProperty epochProperty() {
        return epoch;
    }

    public ReadOnlyDoubleProperty epochFractionProperty() {
        return epochFraction;
    }

    /** Builds the first model. */
    public void start() {
        reset();
    }

    /** A new model with the settings shown; the charts start over. */
    public void reset() {
        training.reset(settings.get().experiment());
    }

    /**
     * What applying {@code next} would throw away, in the user's words, or null when nothing would be
     * lost (the solver changes live; a new model loses only a model trained since it was last saved).
     */
    public String loss(ClassifierSettings next) {
        return next.needsNewModel(settings.get()) ? unsavedWork() : null;
    }

    /** What Reset or Open would throw away, or null when the model is untrained or saved as it is. */
    public String unsavedWork() {
        ClassifierHandle h = training.session();
        long iteration = training.iterationProperty().get();
        if (h == null || iteration == 0 || (saved.generation() == h.generation() && saved.iteration() == iteration)) {
            return null;
        }
        return String.format(Locale.ROOT, "the %s trained for %,d iterations", h.session().config().architecture().title(),
                iteration);
    }

    /** Applies sidebar settings: the solver from the next iteration on, a model or data change with a new model. */
    public void apply(ClassifierSettings next) {
        ClassifierSettings before = settings.get();
        if (next.equals(before)) {
            return;
        }
        settings.set(next);
        sweep.solverChanged(next.hasOde() ? next.solver() : null);
        if (next.needsNewModel(before)) {
            reset();
        } else if (next.hasOde()) {
            training.setSolver(next.solver());
        }
    }

    public void setModel(Architecture model) {
        apply(settings.get().withModel(model));
    }

    /** Saves the weights, optimizer state and progress; Reset no longer asks while the model stays as saved. */
    public void save(Path file) {
        ClassifierHandle h = training.session();
        if (h == null) {
            return;
        }
        jobs.run("save the model to " + file.getFileName(), () -> {
            MnistSession s = h.session();
            s.save(file);
            long iteration = s.iteration();
            executors.fx().execute(() -> saved = new Saved(h.generation(), iteration));
        });
    }

    /**
     * What Save writes (weights, optimizer state, progress) for crash recovery, or null while there
     * is no model. Unlike {@link #save}, it leaves the model counted as unsaved: a recovery file is
     * not a file the user chose to keep, so Reset still asks.
     */
    public Recoverable.Snapshot snapshot() {
        ClassifierHandle h = training.session();
        return h == null ? null : file -> h.session().save(file);
    }

    /** For crash recovery: changes with every new model, iteration and solver; null until a model has trained. */
    public Object recoveryState() {
        ClassifierHandle h = training.session();
        long iteration = training.iterationProperty().get();
        return h == null || iteration == 0 ? null : List.of(h.generation(), iteration, settings.get());
    }

    /** Opens a checkpoint; the settings follow the one opened. */
    public void open(Path file) {
        training.open(file);
    }

    /**
     * Opens a recovery file like {@link #open}, but the model it brings back counts as unsaved, so
     * that Reset asks before it throws away what recovery saved.
     */
    public void recover(Path file) {
        recovering = true;
        training.open(file);
    }

    /** Applies the engine's news and asks for the measurements that are due; once per FX pulse. */
    public void pulse() {
        training.pulse();
        ClassifierHandle h = training.session();
        if (h == null) {
            return;
        }
        long iteration = training.iterationProperty().get();
        boolean looping = training.loopingProperty().get();
        validation.pulse(h, iteration, looping);
        drawing.pulse(h, iteration, looping, clock.getAsLong());
        if (iteration != shownIteration) {
            shownIteration = iteration;
            EpochProgress p = EpochProgress.of(iteration, h.session().iterationsPerEpoch(), h.session().config().epochs(),
                    pace(training.history()));
            epoch.set(p.describe());
            epochFraction.set(p.fraction());
        }
    }

    /** Stops training within one iteration and the measurements in progress (the window is closing). */
    public void close() {
        training.close();
        sweep.cancel();
        gallery.cancel();
    }

    /** A solver chosen while the model was being built reaches it now. */
    private void catchUp(ClassifierHandle h) {
        ClassifierSettings shown = settings.get();
        ClassifierSettings built = ClassifierSettings.of(h.session().config());
        if (shown.hasOde() && shown.model() == built.model() && !shown.solver().equals(built.solver())) {
            training.setSolver(shown.solver());
        }
    }

    /** The mean wall time of the last {@value #PACE_ITERATIONS} iterations, NaN before any. */
    static double pace(MetricsHistory history) {
        int n = history.size();
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = history.column(MetricsHistory.Column.SECONDS, Math.max(0, n - PACE_ITERATIONS), n);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }
}
