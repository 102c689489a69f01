package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.TrainingSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Play, Pause, Step and Reset of one training session, with the iteration counter, status line,
 * metrics history and stiffness warning they drive.
 *
 * <p>Threads: the session is created, stepped and run only on the {@code engine} executor (one
 * thread). Its listener only queues snapshots in an {@link EngineInbox}; {@link #pulse()}, called
 * once per FX pulse, applies everything queued. All properties change on the FX thread only.
 */
public final class TrainingViewModel {

    private final Executor engine;
    private final EngineInbox inbox = new EngineInbox();
    private final MetricsHistory history = new MetricsHistory();
    private final StiffnessMonitor stiffness = new StiffnessMonitor();
    private final ObjectProperty<SessionHandle> session = new SimpleObjectProperty<>(this, "session");
    private final LongProperty iteration = new SimpleLongProperty(this, "iteration");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty looping = new SimpleBooleanProperty(this, "looping");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Starting...");
    private final ObjectProperty<TrainingSnapshot> latest = new SimpleObjectProperty<>(this, "latest");
    private final StringProperty stiffnessWarning = new SimpleStringProperty(this, "stiffnessWarning", "");
    private Consumer<SessionHandle> onOpened = h -> { };
    private Consumer<String> onError = m -> { };
    private CnfExperiment config;
    /** The generation whose events are applied; {@link #issued} is the newest handed out. */
    private long generation;
    private long issued;
    private int activeLoops;
    private AtomicBoolean cancelLoop = new AtomicBoolean(true);

    public TrainingViewModel(Executor engine) {
        this.engine = engine;
    }

    /** The live session, or null while one is being created. */
    public ReadOnlyObjectProperty<SessionHandle> sessionProperty() {
        return session;
    }

    public SessionHandle session() {
        return session.get();
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration;
    }

    /** Whether the user asked to train (Play) and has not paused since. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Whether the engine's training loop still runs (after Pause it finishes the iteration in progress). */
    public ReadOnlyBooleanProperty loopingProperty() {
        return looping;
    }

    /** Whether a session is being created or opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The newest snapshot applied, or null since the last reset. */
    public ReadOnlyObjectProperty<TrainingSnapshot> latestProperty() {
        return latest;
    }

    /** The stiffness symptom seen, or empty. */
    public ReadOnlyStringProperty stiffnessWarningProperty() {
        return stiffnessWarning;
    }

    public MetricsHistory history() {
        return history;
    }

    /** Called (on the FX thread) when a session opened from a file has loaded, just before it becomes the session. */
    public void setOnOpened(Consumer<SessionHandle> onOpened) {
        this.onOpened = onOpened;
    }

    /** Called (on the FX thread) with what went wrong when a session cannot be created or opened. */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /** Throws the session away and starts a new one; charts and counters start over. */
    public void reset(CnfExperiment config, PointSet customPoints) {
        long gen = beginNewSession("Creating the model...");
        engine.execute(() -> {
            try {
                TrainingSession s = new TrainingSession(config, customPoints);
                publishStarted(gen, s, false);
            } catch (RuntimeException e) {
                inbox.offer(new EngineEvent.Failed(gen, "Could not create the model: " + e.getMessage()));
            }
        });
    }

    /**
     * Resumes a session from a checkpoint; it replaces the current one only once it has loaded, so
     * a file that cannot be opened leaves the current session as it was (the error goes to
     * {@link #setOnError}). {@link #setOnOpened} hears of the new session.
     */
    public void open(Path file) {
        pause();
        long gen = ++issued;
        busy.set(true);
        status.set("Opening " + file.getFileName() + "...");
        engine.execute(() -> {
            try {
                publishStarted(gen, TrainingSession.resume(file), true);
            } catch (IOException | RuntimeException e) {
                inbox.offer(new EngineEvent.Failed(gen, "Could not open " + file.getFileName() + ": " + e.getMessage()
                        + ". Choose a .ckpt file saved by this program or by 'train cnf'; the current experiment is kept."));
            }
        });
    }

    /** Trains until paused; does nothing without a session or while already training. */
    public void play() {
        SessionHandle h = session.get();
        if (h == null || running.get()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelLoop = cancel;
        running.set(true);
        activeLoops++;
        looping.set(true);
        long gen = generation;
        status.set("Training...");
        engine.execute(() -> {
            try {
                h.session().run(cancel::get);
            } catch (RuntimeException e) {
                inbox.offer(new EngineEvent.Failed(gen, "Training stopped: " + e.getMessage()));
            } finally {
                inbox.offer(new EngineEvent.Stopped(gen));
            }
        });
    }

    /** Stops the loop after the iteration in progress. */
    public void pause() {
        cancelLoop.set(true);
        running.set(false);
    }

    public void togglePlay() {
        if (running.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One iteration; ignored while training. */
    public void step() {
        SessionHandle h = session.get();
        if (h == null || running.get()) {
            return;
        }
        long gen = generation;
        engine.execute(() -> {
            try {
                h.session().step();
            } catch (RuntimeException e) {
                inbox.offer(new EngineEvent.Failed(gen, "The iteration failed: " + e.getMessage()));
            }
        });
    }

    /**
     * Applies settings that need no new model from the next iteration on.
     *
     * @throws IllegalArgumentException when they need a new model
     */
    public void update(CnfExperiment config) {
        SessionHandle h = session.get();
        if (h != null) {
            h.session().update(config);
            this.config = config;
        }
    }

    /** The settings the session runs with (including an update waiting for the next iteration), or null. */
    public CnfExperiment config() {
        return session.get() == null ? null : config;
    }

    public void dismissStiffnessWarning() {
        stiffnessWarning.set("");
    }

    /** Stops training for good (window closing); the owner shuts the executor down. */
    public void close() {
        cancelLoop.set(true);
        running.set(false);
    }

    /** Applies everything the engine reported since the last pulse; the FX thread calls it once per pulse. */
    public void pulse() {
        TrainingSnapshot newest = null;
        for (EngineEvent e : inbox.drain()) {
            if (e.generation() > generation && e instanceof EngineEvent.Started opened) {
                beginGeneration(opened.generation());
                applyStarted(opened);
                continue;
            }
            if (e.generation() > generation && e instanceof EngineEvent.Failed failed) {
                busy.set(false);
                status.set(failed.message());
                onError.accept(failed.message());
                continue;
            }
            if (e.generation() != generation) {
                continue;
            }
            if (e instanceof EngineEvent.Iterated it) {
                newest = it.snapshot();
                history.add(newest);
                stiffness.accept(newest).ifPresent(stiffnessWarning::set);
            } else if (e instanceof EngineEvent.Started started) {
                applyStarted(started);
            } else if (e instanceof EngineEvent.Stopped) {
                activeLoops = Math.max(0, activeLoops - 1);
                if (activeLoops == 0) {
                    running.set(false);
                    looping.set(false);
                    if (newest == null && latest.get() != null && !latest.get().failed()) {
                        status.set("Paused at iteration " + iteration.get());
                    }
                }
            } else if (e instanceof EngineEvent.Failed failed) {
                busy.set(false);
                running.set(false);
                status.set(failed.message());
                onError.accept(failed.message());
            }
        }
        if (newest != null) {
            latest.set(newest);
            iteration.set(newest.failed() ? newest.iteration() - 1 : newest.iteration());
            status.set(describe(newest, running.get() || activeLoops > 0));
        }
    }

    private long beginNewSession(String message) {
        pause();
        beginGeneration(++issued);
        busy.set(true);
        status.set(message);
        return generation;
    }

    /** Forgets the current session and everything it reported. */
    private void beginGeneration(long gen) {
        cancelLoop.set(true);
        running.set(false);
        generation = gen;
        issued = Math.max(issued, gen);
        activeLoops = 0;
        looping.set(false);
        history.clear();
        stiffness.clear();
        stiffnessWarning.set("");
        latest.set(null);
        iteration.set(0);
        session.set(null);
    }

    private void publishStarted(long gen, TrainingSession s, boolean opened) {
        s.addListener(snapshot -> inbox.offer(new EngineEvent.Iterated(gen, snapshot)));
        inbox.offer(new EngineEvent.Started(gen, SessionHandle.of(gen, s), s.iteration(), opened));
    }

    /** Installs a started session; an opened one is announced first, so that listeners see its settings in place. */
    private void applyStarted(EngineEvent.Started started) {
        busy.set(false);
        config = started.session().config();
        iteration.set(started.iteration());
        status.set(started.opened()
                ? "Opened at iteration " + started.iteration() + ": press Play (Space) to continue"
                : "Ready: press Play (Space) or Step");
        if (started.opened()) {
            onOpened.accept(started.session());
        }
        session.set(started.session());
    }

    static String describe(TrainingSnapshot s, boolean training) {
        if (s.failed()) {
            return "Iteration " + s.iteration() + " failed, weights rolled back: " + s.message();
        }
        return String.format(Locale.ROOT, "%s %d: loss %.4f, NFE %d forward / %d backward, %.3f s per iteration",
                training ? "Training, iteration" : "Iteration", s.iteration(), s.loss(), s.nfeForward(), s.nfeBackward(), s.seconds());
    }
}
