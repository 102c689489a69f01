package dev.neuralode.ui.density;

import dev.neuralode.data.AnalyticDensity;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The density view's state: the scrubbed time s, the morph autoplay, the overlay switches and the
 * latest computed frame.
 *
 * <p>Frames are computed on the {@code views} executor, one at a time. While training, a new frame
 * starts at most every {@value #TRAINING_INTERVAL_MS} ms and only after a pause of
 * {@value #IDLE_FACTOR} times the last frame's compute time, so the view thread takes at most about
 * a quarter of a core: on two cores, training keeps one and the FX and render threads are not
 * starved. Live frames then use a tolerance of at least {@value #LIVE_TOLERANCE}. While paused a
 * changed request is computed at once, so scrubbing follows the mouse. While training, and during
 * the morph, grids are {@value #COARSE_GRID} cells a side; otherwise {@value #FINE_GRID}.
 */
public final class DensityViewModel {

    static final long TRAINING_INTERVAL_MS = 300;
    static final int IDLE_FACTOR = 3;
    static final double LIVE_TOLERANCE = 1e-3;
    static final int COARSE_GRID = 64;
    static final int FINE_GRID = 100;
    /** Autoplay moves s in steps of 1/{@value #MORPH_STEPS}, so that its frames can be cached. */
    static final int MORPH_STEPS = 20;
    /** Autoplay holds the data end for this many steps before starting again from the base. */
    static final int MORPH_HOLD = 6;
    /** The loosest tolerance a frame uses while paused, whatever the training tolerance. */
    static final double FRAME_TOLERANCE_CAP = 1e-3;

    private final Executor views;
    private final LongSupplier nanoClock;
    private final FrameComputer computer = new FrameComputer();
    private final AtomicReference<ViewFrame> ready = new AtomicReference<>();
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicLong lastComputeNanos = new AtomicLong();
    private final DoubleProperty time = new SimpleDoubleProperty(this, "time", 1.0);
    private final BooleanProperty autoplay = new SimpleBooleanProperty(this, "autoplay");
    private final BooleanProperty showData = new SimpleBooleanProperty(this, "showData", true);
    private final BooleanProperty showSamples = new SimpleBooleanProperty(this, "showSamples");
    private final BooleanProperty showTrajectories = new SimpleBooleanProperty(this, "showTrajectories");
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows");
    private final BooleanProperty showTarget = new SimpleBooleanProperty(this, "showTarget");
    private final ObjectProperty<ViewFrame> frame = new SimpleObjectProperty<>(this, "frame");
    private FrameRequest lastSubmitted;
    private long lastSubmitNanos;
    private int holdSteps;

    public DensityViewModel(Executor views, LongSupplier nanoClock) {
        this.views = views;
        this.nanoClock = nanoClock;
        this.lastSubmitNanos = nanoClock.getAsLong() - TimeUnit.HOURS.toNanos(1);
    }

    /** Normalised time s in [0, 1]: 0 is the base density, 1 the data side. */
    public DoubleProperty timeProperty() {
        return time;
    }

    public BooleanProperty autoplayProperty() {
        return autoplay;
    }

    public BooleanProperty showDataProperty() {
        return showData;
    }

    public BooleanProperty showSamplesProperty() {
        return showSamples;
    }

    public BooleanProperty showTrajectoriesProperty() {
        return showTrajectories;
    }

    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    /**
     * Whether the heatmap shows the analytic target instead of the learnt density; it applies while
     * the session matches a target ({@code kl}) and is ignored otherwise.
     */
    public BooleanProperty showTargetProperty() {
        return showTarget;
    }

    /** The newest frame computed, or null before the first one. */
    public ReadOnlyObjectProperty<ViewFrame> frameProperty() {
        return frame;
    }

    /**
     * Applies a finished frame and asks for the next one if the picture is out of date; the FX
     * thread calls it once per pulse.
     *
     * @param session   the live session, or null while none is ready
     * @param iteration the newest iteration the FX thread has applied
     * @param training  whether training runs (frames are then coarser and rate-limited)
     * @param trainTol  the session's tolerance
     */
    public void pulse(SessionHandle session, long iteration, boolean training, double trainTol) {
        ViewFrame done = ready.getAndSet(null);
        if (done != null) {
            frame.set(done);
        }
        if (session == null) {
            return;
        }
        boolean coarse = training || autoplay.get();
        double tol = training ? Math.max(trainTol, LIVE_TOLERANCE) : Math.min(trainTol, FRAME_TOLERANCE_CAP);
        AnalyticDensity target = showTarget.get() && "kl".equals(session.config().objective())
                ? AnalyticDensity.byId(session.config().target()) : null;
        // The analytic target costs no solve: it is always drawn fine.
        int n = coarse && target == null ? COARSE_GRID : FINE_GRID;
        FrameRequest r = new FrameRequest(session, iteration, time.get(), n, tol,
                showSamples.get() || showTrajectories.get(), showArrows.get(), target);
        long now = nanoClock.getAsLong();
        long gap = Math.max(TimeUnit.MILLISECONDS.toNanos(TRAINING_INTERVAL_MS), (IDLE_FACTOR + 1) * lastComputeNanos.get());
        if (r.equals(lastSubmitted) || inFlight.get() || (training && now - lastSubmitNanos < gap)) {
            return;
        }
        lastSubmitted = r;
        lastSubmitNanos = now;
        inFlight.set(true);
        views.execute(() -> {
            long started = nanoClock.getAsLong();
            try {
                ready.set(computer.compute(r));
            } finally {
                lastComputeNanos.set(nanoClock.getAsLong() - started);
                inFlight.set(false);
            }
        });
    }

    /**
     * One tick of the morph: moves s to the next cached step once the frame of the current s is
     * shown, so the morph plays at the speed frames arrive and never skips ahead of them. At s = 1
     * it holds for {@value #MORPH_HOLD} ticks, then starts again from the base.
     */
    public void advanceMorph() {
        ViewFrame shown = frame.get();
        if (!autoplay.get() || shown == null || shown.s() != time.get()) {
            return;
        }
        int step = (int) Math.round(time.get() * MORPH_STEPS);
        if (step >= MORPH_STEPS) {
            if (++holdSteps < MORPH_HOLD) {
                return;
            }
            holdSteps = 0;
            time.set(0);
        } else {
            time.set((step + 1) / (double) MORPH_STEPS);
        }
    }
}
