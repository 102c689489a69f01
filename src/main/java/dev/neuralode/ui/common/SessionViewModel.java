package dev.neuralode.ui.common;

import dev.neuralode.train.IterativeSession;
import dev.neuralode.train.TrainingSnapshot;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * Play, Pause, Step and Reset of one {@link IterativeSession}, whatever it trains, with the
 * iteration counter, status line and metrics history they drive. Each explorer tab extends it with
 * how its sessions are made ({@link #create}, {@link #load}) and what it watches per iteration.
 *
 * <p>Threads: the session is created, stepped and run only on the {@code engine} executor (one
 * thread). Its listener only queues snapshots in an {@link EngineInbox}; {@link #pulse()}, called
 * once per FX pulse, applies everything queued. All properties change on the FX thread only.
 *
 * @param <H> the tab's handle on a live session
 */
public abstract class SessionViewModel<H extends TrainingHandle> {

    private final Executor engine;
    private final ControlNames controls;
    private final EngineInbox inbox = new EngineInbox();
    private final MetricsHistory history = new MetricsHistory();
    private final ObjectProperty<H> session = new SimpleObjectProperty<>(this, "session");
    private final LongProperty iteration = new SimpleLongProperty(this, "iteration");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty looping = new SimpleBooleanProperty(this, "looping");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Starting...");
    private final ObjectProperty<TrainingSnapshot> latest = new SimpleObjectProperty<>(this, "latest");
    private Consumer<H> onOpened = h -> { };
    private Consumer<String> onError = m -> { };
    /** The generation whose events are applied; {@link #issued} is the newest handed out. */
    private long generation;
    private long issued;
    private int activeLoops;
    private AtomicBoolean cancelLoop = new AtomicBoolean(true);

    /** @param controls the tab's controls, named in the advice of a failed iteration */
    protected SessionViewModel(Executor engine, ControlNames controls) {
        this.engine = engine;
        this.controls = controls;
    }

    /** The live session, or null while one is being created. */
    public ReadOnlyObjectProperty<H> sessionProperty() {
        return session;
    }

    public H session() {
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

    public MetricsHistory history() {
        return history;
    }

    /** Called (on the FX thread) when a session opened from a file has loaded, just before it becomes the session. */
    public void setOnOpened(Consumer<H> onOpened) {
        this.onOpened = onOpened;
    }

    /** Called (on the FX thread) with what went wrong when a session cannot be created or opened, or training stops on an error. */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /** A way to build a session on the engine thread; it may throw, and the message reaches the error dialog. */
    @FunctionalInterface
    protected interface Factory<H> {
        /** @param generation the generation to give the handle */
        H create(long generation) throws Exception;
    }

    /**
     * Throws the session away and builds a new one on the engine thread; charts and counters start
     * over at once.
     */
    protected final void create(String message, Factory<H> factory) {
        long gen = beginNewSession(message);
        engine.execute(() -> {
            try {
                publishStarted(gen, factory.create(gen), false);
            } catch (Exception e) {
                inbox.offer(new EngineEvent.Failed(gen, "Could not create the model: " + e.getMessage()));
            }
        });
    }

    /**
     * Builds a session from a file on the engine thread; it replaces the current one only once it
     * has loaded, so a file that cannot be opened leaves the current session as it was.
     *
     * @param failure turns the exception's message into what the error dialog says
     */
    protected final void load(String message, Factory<H> factory, Function<String, String> failure) {
        pause();
        long gen = ++issued;
        busy.set(true);
        status.set(message);
        engine.execute(() -> {
            try {
                publishStarted(gen, factory.create(gen), true);
            } catch (Exception e) {
                inbox.offer(new EngineEvent.Failed(gen, failure.apply(e.getMessage())));
            }
        });
    }

    /** Trains until paused; does nothing without a session or while already training. */
    public void play() {
        H h = session.get();
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
        H h = session.get();
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

    /** Stops training for good (window closing); the owner shuts the executor down. */
    public void close() {
        cancelLoop.set(true);
        running.set(false);
    }

    /** Applies everything the engine reported since the last pulse; the FX thread calls it once per pulse. */
    public void pulse() {
        TrainingSnapshot newest = null;
        for (EngineEvent e : inbox.drain()) {
            if (e.generation() > generation && e instanceof EngineEvent.Started<?> opened) {
                beginGeneration(opened.generation());
                applyStarted(opened);
                continue;
            }
            if (e.generation() > generation && e instanceof EngineEvent.Failed failed) {
                fail(failed.message());
                continue;
            }
            if (e.generation() != generation) {
                continue;
            }
            if (e instanceof EngineEvent.Iterated it) {
                newest = it.snapshot();
                history.add(newest);
                iterated(newest);
            } else if (e instanceof EngineEvent.Started<?> started) {
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
                running.set(false);
                fail(failed.message());
            }
        }
        if (newest != null) {
            latest.set(newest);
            iteration.set(newest.failed() ? newest.iteration() - 1 : newest.iteration());
            status.set(describe(newest, running.get() || activeLoops > 0));
        }
    }

    /** Hears of every applied snapshot, on the FX thread (for monitors such as a stiffness warning). */
    protected void iterated(TrainingSnapshot snapshot) {
    }

    /** Hears that the session and everything it reported were forgotten (Reset, Open). */
    protected void cleared() {
    }

    /** Hears of a session about to become the live one, on the FX thread. */
    protected void started(H handle) {
    }

    private void fail(String message) {
        busy.set(false);
        status.set(message);
        onError.accept(message);
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
        latest.set(null);
        iteration.set(0);
        session.set(null);
        cleared();
    }

    private void publishStarted(long gen, H handle, boolean opened) {
        IterativeSession s = handle.session();
        s.addListener(snapshot -> inbox.offer(new EngineEvent.Iterated(gen, snapshot)));
        inbox.offer(new EngineEvent.Started<>(gen, handle, s.iteration(), opened));
    }

    /** Installs a started session; an opened one is announced first, so that listeners see its settings in place. */
    @SuppressWarnings("unchecked")
    private void applyStarted(EngineEvent.Started<?> started) {
        H handle = (H) started.session();
        busy.set(false);
        iteration.set(started.iteration());
        status.set(started.opened()
                ? "Opened at iteration " + started.iteration() + ": press Play (Space) to continue"
                : "Ready: press Play (Space) or Step");
        started(handle);
        if (started.opened()) {
            onOpened.accept(handle);
        }
        session.set(handle);
    }

    /** Why a failed iteration failed, naming this tab's controls. */
    protected final String failure(TrainingSnapshot failed) {
        return controls.failure(failed);
    }

    /** The status line for a snapshot. */
    public String describe(TrainingSnapshot s, boolean training) {
        if (s.failed()) {
            return "Iteration " + s.iteration() + " failed, weights rolled back: " + controls.failure(s);
        }
        return String.format(Locale.ROOT, "%s %d: loss %.4f, NFE %d forward / %d backward, %.3f s per iteration",
                training ? "Training, iteration" : "Iteration", s.iteration(), s.loss(), s.nfeForward(), s.nfeBackward(), s.seconds());
    }
}
