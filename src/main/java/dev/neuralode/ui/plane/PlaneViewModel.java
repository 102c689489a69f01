package dev.neuralode.ui.plane;

import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.ui.common.LatestOnly;
import dev.neuralode.ui.common.Recoverable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The 2D view's state: the experiment, the drawn points, the frame shown (decision map and flow) and
 * the flow's scrubber. Frames are computed on their own thread through {@link LatestOnly}: while
 * training, at most one request per {@link #FRAME_NANOS}, and the newest always wins. Properties
 * change on the FX thread only.
 */
public final class PlaneViewModel {

    /** The dataset choice that trains on the drawn points. */
    public static final String DRAWN = "drawn";
    /** Least time between frames that only follow training. */
    static final long FRAME_NANOS = 300_000_000L;

    private final PlaneTrainingViewModel training;
    private final LatestOnly<PlaneFrame> frames;
    private final LongSupplier clock;
    private final ObjectProperty<Flow2dExperiment> experiment = new SimpleObjectProperty<>(this, "experiment");
    private final ObjectProperty<DrawnPoints> drawn = new SimpleObjectProperty<>(this, "drawn", DrawnPoints.empty());
    private final BooleanProperty drawing = new SimpleBooleanProperty(this, "drawing");
    private final IntegerProperty brush = new SimpleIntegerProperty(this, "brush", 1);
    private final ObjectProperty<PlaneFrame> frame = new SimpleObjectProperty<>(this, "frame");
    private final DoubleProperty flowTime = new SimpleDoubleProperty(this, "flowTime", 1);
    private final ObjectProperty<CoordinatePair> pair = new SimpleObjectProperty<>(this, "pair", CoordinatePair.PLANE);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private long lastRequest = Long.MIN_VALUE / 2;
    private long requestedIteration = -1;
    private boolean dirty;
    private boolean playAfterReset;

    /**
     * @param engine  creates and steps sessions (one thread)
     * @param painter computes frames (one thread, not the engine's)
     * @param fx      delivers frames to the FX thread
     */
    public PlaneViewModel(Flow2dExperiment initial, Executor engine, Executor painter, Executor fx, LongSupplier clock) {
        this.training = new PlaneTrainingViewModel(engine);
        this.clock = clock;
        this.experiment.set(initial);
        this.drawing.set(initial.isCustomData());
        this.frames = new LatestOnly<>(painter, fx, this::framed, e -> message.set("The views could not be computed: " + e.getMessage()));
        training.sessionProperty().addListener((o, before, now) -> {
            frame.set(null);
            dirty = now != null;
        });
        training.setOnOpened(this::opened);
    }

    public PlaneTrainingViewModel training() {
        return training;
    }

    public ReadOnlyObjectProperty<Flow2dExperiment> experimentProperty() {
        return experiment;
    }

    public ReadOnlyObjectProperty<DrawnPoints> drawnProperty() {
        return drawn;
    }

    /** Whether the dataset is the drawn one (the map canvas then takes brush strokes). */
    public BooleanProperty drawingProperty() {
        return drawing;
    }

    /** The class the left button draws (the right button draws the other). */
    public IntegerProperty brushProperty() {
        return brush;
    }

    /** The newest frame of the live session, or null until it is computed. */
    public ReadOnlyObjectProperty<PlaneFrame> frameProperty() {
        return frame;
    }

    /** The scrubber: how far the flow has carried the points, in [0, 1]. */
    public DoubleProperty flowTimeProperty() {
        return flowTime;
    }

    /** Which two coordinates of the flow's state the flow view shows. */
    public ObjectProperty<CoordinatePair> pairProperty() {
        return pair;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Frame requests so far. */
    public long framesRequested() {
        return frames.submitted();
    }

    /** Creates the first session. */
    public void start() {
        reset();
    }

    /** A new model on the data shown; without enough drawn points, says what to draw instead. */
    public void reset() {
        Flow2dExperiment e = experiment.get();
        if (drawing.get()) {
            DrawnPoints d = drawn.get();
            if (!d.trainable()) {
                message.set(String.format(Locale.ROOT, "Draw at least 2 points of each class to train (now %d of class 0, %d of"
                        + " class 1): left button draws the brush's class, right button the other", d.count(0), d.count(1)));
                return;
            }
            message.set(d.size() + " drawn points: " + d.count(0) + " of class 0, " + d.count(1) + " of class 1");
            training.reset(e.withData(Flow2dExperiment.CUSTOM, e.points(), e.noise()), d.toLabelled());
        } else {
            message.set("");
            training.reset(e, null);
        }
    }

    /** A dataset by name ({@link #DRAWN} for the drawn one): new data, a new model. */
    public void setDataset(String name) {
        boolean draw = DRAWN.equals(name);
        Flow2dExperiment e = experiment.get();
        drawing.set(draw);
        if (!draw) {
            experiment.set(e.withData(name, Math.max(10, e.points()), e.noise()));
        }
        reset();
    }

    /** The noise of generated data: a new sample, a new model. */
    public void setNoise(double noise) {
        Flow2dExperiment e = experiment.get();
        experiment.set(e.withData(e.dataset(), e.points(), noise));
        if (!drawing.get()) {
            reset();
        }
    }

    /** A new sample of the same dataset (the next seed), a new model. */
    public void regenerate() {
        experiment.set(experiment.get().withSeed(experiment.get().seed() + 1));
        reset();
    }

    /** node, anode or resnet with p extra dimensions: a new model. */
    public void setModel(String model, int augment) {
        Flow2dExperiment e = experiment.get();
        experiment.set(e.withModel(model, augment, e.width()));
        pair.set(CoordinatePair.PLANE);
        reset();
    }

    /** The solver's tolerance (rtol = atol), from the next iteration on. */
    public void setTolerance(double tol) {
        Flow2dExperiment e = experiment.get();
        Flow2dExperiment next = e.withSolver(e.method(), tol, tol, e.adjoint());
        experiment.set(next);
        try {
            training.update(next);
        } catch (IllegalArgumentException refused) {
            message.set(refused.getMessage());
        }
    }

    /** Adds a drawn point at (x, y) in data units; {@code other} draws the class opposite the brush. */
    public void draw(double x, double y, boolean other) {
        int label = other ? 1 - brush.get() : brush.get();
        drawn.set(drawn.get().with(x, y, label));
    }

    /** A stroke ended: a new model on the drawing (drawing changes the data, which a session keeps fixed). */
    public void strokeEnded() {
        if (drawing.get()) {
            boolean wasRunning = training.runningProperty().get();
            reset();
            playAfterReset = wasRunning;
        }
    }

    /** Forgets the drawing. */
    public void clearDrawing() {
        drawn.set(DrawnPoints.empty());
        if (drawing.get()) {
            reset();
        }
    }

    /**
     * What Save writes (settings, drawn points, weights, chart history), captured now on the FX
     * thread, or null while there is no model (too few points drawn to train).
     */
    public Recoverable.Snapshot snapshot() {
        PlaneHandle h = training.session();
        if (h == null) {
            return null;
        }
        Map<String, String> charts = training.chartHistory();
        return file -> h.session().save(file, charts);
    }

    /**
     * For crash recovery: changes with every new model (a stroke makes one), iteration and live
     * setting; null while there is nothing to lose (no model, or an untrained one on generated data).
     */
    public Object recoveryState() {
        PlaneHandle h = training.session();
        long iteration = training.iterationProperty().get();
        if (h == null || (iteration == 0 && !h.session().config().isCustomData())) {
            return null;
        }
        return List.of(h.generation(), iteration, experiment.get());
    }

    /** Continues the run saved in {@code file}. */
    public void open(Path file) {
        training.open(file);
    }

    /** Applies the engine's news and asks for a new frame now and then; once per FX pulse. */
    public void pulse() {
        training.pulse();
        PlaneHandle h = training.session();
        if (h == null) {
            return;
        }
        if (playAfterReset && !training.busyProperty().get()) {
            playAfterReset = false;
            training.play();
        }
        long now = clock.getAsLong();
        long iteration = training.iterationProperty().get();
        if (dirty || (iteration != requestedIteration && now - lastRequest >= FRAME_NANOS)) {
            requestFrame(h, iteration, now);
        }
    }

    /** Stops training within one iteration (the window is closing). */
    public void close() {
        training.close();
    }

    private void requestFrame(PlaneHandle h, long iteration, long now) {
        dirty = false;
        lastRequest = now;
        requestedIteration = iteration;
        double[] bounds = drawing.get() ? DrawnPoints.BOUNDS : null;
        frames.submit(() -> PlaneFrame.compute(h, bounds != null ? bounds : h.session().viewBounds()));
    }

    private void framed(PlaneFrame f) {
        PlaneHandle h = training.session();
        if (h != null && h.generation() == f.generation()) {
            frame.set(f);
        }
    }

    private void opened(PlaneHandle h) {
        Flow2dExperiment e = h.session().config();
        experiment.set(e);
        drawing.set(e.isCustomData());
        if (e.isCustomData()) {
            DrawnPoints d = DrawnPoints.of(h.session().data().train());
            DrawnPoints t = DrawnPoints.of(h.session().data().test());
            for (int i = 0; i < t.size(); i++) {
                d = d.with(t.xy()[2 * i], t.xy()[2 * i + 1], t.labels()[i]);
            }
            drawn.set(d);
        }
        pair.set(CoordinatePair.PLANE);
    }
}
