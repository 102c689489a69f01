package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.ui.common.ExplorerExecutors;
import dev.neuralode.ui.common.FileJobs;
import dev.neuralode.ui.common.Recoverable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The density explorer's features wired together: data and settings edits reach the session (live
 * when the model can keep its weights, otherwise through a Reset the user is offered), opened
 * experiments fill the panels, and one {@link #pulse()} per frame applies the engine's news.
 */
public final class ExplorerViewModel {

    private final DataViewModel data;
    private final SettingsViewModel settings;
    private final TrainingViewModel training;
    private final DensityViewModel density;
    private final FrontierViewModel frontier;
    private final FileJobs jobs;
    private final ExportViewModel exports;
    private final StringProperty pendingReset = new SimpleStringProperty(this, "pendingReset", "");
    private boolean adopting;

    public ExplorerViewModel(CnfExperiment initial, ExplorerExecutors executors, LongSupplier nanoClock) {
        data = new DataViewModel(initial.dataset(), initial.noise(), initial.dataSeed());
        settings = new SettingsViewModel(initial);
        training = new TrainingViewModel(executors.engine());
        density = new DensityViewModel(executors.views(), nanoClock);
        frontier = new FrontierViewModel(executors.work(), executors.fx());
        jobs = new FileJobs(executors.work(), executors.fx());
        exports = new ExportViewModel(jobs);
        // A stroke reaches the model when it ends, not with every dab.
        data.stateProperty().addListener((o, before, now) -> {
            if (!data.strokingProperty().get()) {
                dataChanged(now);
            }
        });
        data.strokingProperty().addListener((o, was, now) -> {
            if (!now) {
                dataChanged(data.state());
            }
        });
        settings.draftProperty().addListener((o, before, now) -> {
            frontier.trainingToleranceProperty().set(trainingTolerance(now));
            reconcile();
        });
        frontier.trainingToleranceProperty().set(trainingTolerance(initial));
        // A frontier measured one model on one dataset: a new model (Reset, Open) makes it stale.
        training.sessionProperty().addListener((o, before, now) -> {
            frontier.clear();
            reconcile();
        });
        training.setOnOpened(this::adopt);
    }

    public DataViewModel data() {
        return data;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public TrainingViewModel training() {
        return training;
    }

    public DensityViewModel density() {
        return density;
    }

    public FrontierViewModel frontier() {
        return frontier;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public FileJobs jobs() {
        return jobs;
    }

    /** What a Reset would apply that the running model cannot take live, or empty. */
    public ReadOnlyStringProperty pendingResetProperty() {
        return pendingReset;
    }

    /**
     * What a Reset or an Open would throw away, in the words every tab's question uses ("the model
     * trained for 1,200 iterations"), or empty when nothing has been learnt yet.
     */
    public String discardedWork() {
        long n = training.iterationProperty().get();
        return n == 0 ? "" : String.format(java.util.Locale.ROOT, "the model trained for %,d iteration%s", n, n == 1 ? "" : "s");
    }

    /** Creates the first session. */
    public void start() {
        reset();
    }

    /** A new model with the settings and data shown; the charts start over. */
    public void reset() {
        pendingReset.set("");
        training.reset(settings.draft(), settings.draft().isCustomData() ? data.state().points() : null);
    }

    /** Whether moving to {@code next} would throw away training: a model has learnt, and next needs a new one. */
    public boolean wouldDiscardTraining(CnfExperiment next) {
        SessionHandle h = training.session();
        return h != null && training.iterationProperty().get() > 0 && h.config().needsNewModel(next);
    }

    /** Starts the new model that the last change needs at once (the user has agreed to lose the old one). */
    public void applyNow() {
        if (!pendingReset.get().isEmpty()) {
            reset();
        }
    }

    /**
     * Takes a whole config (from an experiment code): its settings, and its data, a preset drawn at
     * its noise and data seed or, for {@code custom}, the points shown now (a code holds no points).
     * Then the session follows as after any edit; {@link #applyNow()} starts the new model.
     */
    public void applyConfig(CnfExperiment config) {
        adopting = true;
        try {
            settings.replace(config);
            data.load(config.dataset(), config.noise(), config.dataSeed(), null);
        } finally {
            adopting = false;
        }
        reconcile();
    }

    /** Applies what the engine reported since the last pulse and asks for a new frame if needed. */
    public void pulse() {
        training.pulse();
        density.pulse(training.session(), training.iterationProperty().get(), training.runningProperty().get(),
                settings.draft().rtol());
    }

    public void save(Path file) {
        Recoverable.Snapshot snapshot = snapshot();
        if (snapshot == null) {
            jobs.run("save the experiment", () -> {
                throw new IllegalStateException("there is no model yet; wait until the status says Ready");
            });
            return;
        }
        jobs.run("save the experiment to " + file.getFileName(), () -> snapshot.writeTo(file));
    }

    /**
     * What Save writes (settings, drawn points, weights, optimizer state, metrics), captured now, or
     * null before the first model. The history is read here, on the FX thread that owns it; the
     * snapshot writes the checkpoint atomically on whichever thread runs it.
     */
    public Recoverable.Snapshot snapshot() {
        SessionHandle h = training.session();
        if (h == null) {
            return null;
        }
        String metrics = training.history().toCsv();
        return file -> h.session().save(file, metrics);
    }

    /**
     * For crash recovery: changes with every new model, iteration and live setting; null while there
     * is nothing to lose (no model, or a preset model that has not trained). Drawn points count from
     * the moment the model takes them: a model that has not trained takes them at once, a trained one
     * with the Reset the banner offers.
     */
    public Object recoveryState() {
        SessionHandle h = training.session();
        long iteration = training.iterationProperty().get();
        if (h == null || (iteration == 0 && !h.config().isCustomData())) {
            return null;
        }
        return List.of(h.generation(), iteration, training.config());
    }

    public void open(Path file) {
        training.open(file);
    }

    /** Remedies offered by the stiffness banner; each applies from the next iteration. */
    public void loosenTolerance() {
        settings.loosenTolerance();
        training.restartStiffnessWatch();
    }

    public void switchToFixedStep() {
        settings.switchToFixedStep();
        training.restartStiffnessWatch();
    }

    public void addKineticRegularisation() {
        settings.addKineticRegularisation();
        training.restartStiffnessWatch();
    }

    public void close() {
        training.close();
        frontier.close();
    }

    /** The tolerance the frontier marks: rtol of an adaptive solver, none for a fixed step. */
    private static double trainingTolerance(CnfExperiment c) {
        return SettingsViewModel.canSwitchToFixedStep(c) ? c.rtol() : Double.NaN;
    }

    private void dataChanged(DataViewModel.DataState now) {
        frontier.clear();
        CnfExperiment d = settings.draft();
        if (!now.dataset().equals(d.dataset()) || now.noise() != d.noise() || now.dataSeed() != d.dataSeed()) {
            settings.apply(c -> c.withData(now.dataset(), c.objective(), c.target()).withSampling(now.noise(), now.dataSeed()));
        } else {
            reconcile();
        }
    }

    /**
     * An opened experiment's settings and data replace the panels' without asking for a Reset. It
     * runs just before the opened session becomes current, which then reconciles once.
     */
    private void adopt(SessionHandle opened) {
        adopting = true;
        try {
            CnfExperiment c = opened.config();
            settings.replace(c);
            data.load(c.dataset(), c.noise(), c.dataSeed(), opened.session().customData());
        } finally {
            adopting = false;
        }
    }

    /**
     * Brings the session in line with the panels: live settings go to the session at once; changes
     * that need a new model are applied by a silent Reset while nothing has been learnt yet, and
     * otherwise wait for the user's Reset. While a session is being created nothing is done: this
     * runs again when it starts, so a burst of edits (a brush stroke) costs at most one more model.
     */
    private void reconcile() {
        if (adopting || training.busyProperty().get()) {
            return;
        }
        SessionHandle h = training.session();
        if (h == null) {
            reset();
            return;
        }
        CnfExperiment draft = settings.draft();
        // Drawn points matter to a model that fits them; matching a density (kl) learns from no data.
        boolean drawnData = draft.isCustomData() && h.config().isCustomData() && "mle".equals(draft.objective())
                && "mle".equals(h.config().objective()) && !samePoints(h.data(), data.state().points());
        String reasons = ConfigDiff.sentence(h.config(), draft, drawnData);
        if (reasons.isEmpty()) {
            pendingReset.set("");
            if (!draft.equals(training.config())) {
                training.update(draft);
            }
        } else if (training.iterationProperty().get() == 0 && !training.runningProperty().get()) {
            reset();
        } else {
            pendingReset.set(reasons);
        }
    }

    private static boolean samePoints(PointSet a, PointSet b) {
        return Arrays.equals(a.toArray(), b.toArray());
    }
}
