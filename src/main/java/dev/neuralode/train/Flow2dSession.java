package dev.neuralode.train;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.EpochBatches;
import dev.neuralode.data.LabelledPoints;
import dev.neuralode.data.PlaneTask;
import dev.neuralode.model.flow2d.FlowTrajectory;
import dev.neuralode.model.flow2d.PlaneClassifier;
import dev.neuralode.nn.Adam;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Npz;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.ode.OdeSolveException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A headless run of a classifier of the plane ({@link PlaneClassifier}: Neural ODE, augmented Neural
 * ODE or ResNet, then a linear classifier; Dupont, Doucet and Teh 2019). One iteration is one Adam step
 * on the logistic loss of a batch of training points (drawn without replacement within an epoch,
 * {@link EpochBatches}); every {@value #EVALUATE_EVERY} iterations, and at the config's last, the test
 * set is evaluated too. Each iteration publishes a {@link TrainingSnapshot} to listeners and a
 * {@link Flow2dSnapshot} that views poll ({@link #latest()}).
 *
 * <p>The data are fixed by the config: {@link PlaneTask#generate} with its points, noise and seed,
 * split by seed + 1; or custom points given to the constructor, which the checkpoint keeps. Between
 * iterations, {@link #probabilities} and {@link #trajectory} give views the decision map and the flow.
 */
public final class Flow2dSession extends IterativeSession {

    /** The settings a failure's remedy may name. */
    private static final Set<Setting> SETTINGS = Set.of(Setting.LEARNING_RATE, Setting.TOLERANCE);

    /** Iterations between evaluations of the test set. */
    public static final int EVALUATE_EVERY = 10;

    /** The dtype of training: the host kernels' float32, whose small matrix products cost least per call. */
    static final DType DTYPE = DType.FLOAT32;

    private static final String CUSTOM_DATA = "data.npz";

    /** A model's loss, accuracy and mean forward NFE on a set of points. */
    public record Evaluation(double loss, double accuracy, int nfe) {
    }

    private final LabelledPoints all;
    private final LabelledPoints.Split data;
    private final PlaneClassifier model;
    private final Adam adam;
    private final EpochBatches batches;
    private Flow2dExperiment config;
    private volatile Flow2dExperiment pending;
    private volatile Flow2dSnapshot latest;
    private double batchAccuracy = Double.NaN;
    private Evaluation test;
    private Map<String, String> savedHistory = Map.of();

    /** A run on the config's generated dataset. */
    public Flow2dSession(Flow2dExperiment config) {
        this(config, null, 0, 0);
    }

    /**
     * @param custom the points of a {@code custom} dataset (drawn ones); must be null for a generated one
     */
    public Flow2dSession(Flow2dExperiment config, LabelledPoints custom) {
        this(config, custom, 0, 0);
    }

    private Flow2dSession(Flow2dExperiment config, LabelledPoints custom, long iteration, double elapsed) {
        super(iteration, elapsed);
        this.config = config;
        this.all = dataOf(config, custom);
        this.data = all.split(config.testFraction(), config.seed() + 1);
        if (data.train().size() == 0 || data.test().size() == 0) {
            throw new IllegalArgumentException("the test fraction " + config.testFraction() + " of " + all.size()
                    + " points leaves no " + (data.test().size() == 0 ? "test" : "training") + " point; draw more points or"
                    + " change the fraction");
        }
        this.model = new PlaneClassifier(config.planeModel(), config.augment(), config.width(), config.blockSolver(), DTYPE,
                new SplittableRandom(config.seed()));
        this.adam = new Adam(model.namedParameters(), config.learningRate());
        this.batches = new EpochBatches(data.train().size(), config.batchSize(), config.seed() + 2);
        addListener(s -> latest = new Flow2dSnapshot(s, s.failed() ? Double.NaN : batchAccuracy,
                s.failed() || test == null ? Double.NaN : test.loss(), s.failed() || test == null ? Double.NaN : test.accuracy()));
        remember();
    }

    private static LabelledPoints dataOf(Flow2dExperiment config, LabelledPoints custom) {
        if (config.isCustomData() != (custom != null)) {
            throw new IllegalArgumentException(config.isCustomData()
                    ? "a custom dataset needs its points: draw some or pass them to the session"
                    : "points were given for the generated dataset '" + config.dataset() + "'; use dataset custom for them");
        }
        return custom != null ? custom : PlaneTask.byId(config.dataset()).generate(config.points(), config.noise(), config.seed());
    }

    /** Continues a run from a checkpoint written by {@link #save}. */
    public static Flow2dSession resume(Path checkpoint) throws IOException {
        CheckpointArchive a = CheckpointArchive.read(checkpoint, CheckpointKind.PLANE_FLOW);
        try {
            Flow2dExperiment config = Flow2dExperiment.fromJson(a.configJson());
            byte[] custom = a.extra().get(CUSTOM_DATA);
            LabelledPoints points = custom == null ? null : readPoints(custom, checkpoint.getFileName() + ":" + CUSTOM_DATA);
            Flow2dSession s = new Flow2dSession(config, points, a.iteration(), a.elapsedSeconds());
            s.model.loadStateDict(a.weights());
            s.adam.loadState(a.optimizer());
            s.remember();
            Map<String, String> history = new LinkedHashMap<>();
            a.extra().forEach((name, bytes) -> {
                if (!name.equals(CUSTOM_DATA)) {
                    history.put(name, new String(bytes, StandardCharsets.UTF_8));
                }
            });
            s.savedHistory = Map.copyOf(history);
            return s;
        } catch (IllegalArgumentException e) {
            throw new IOException(checkpoint.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Writes the config, weights, optimizer state, progress and any custom points, atomically. */
    public void save(Path file) throws IOException {
        save(file, Map.of());
    }

    /**
     * Like {@link #save(Path)}, with a view's history of the run so far (text files by name, such as
     * the charts' CSV), which {@link #savedHistory()} gives back after {@link #resume}; the engine does
     * not read them.
     */
    public void save(Path file, Map<String, String> history) throws IOException {
        if (history.containsKey(CUSTOM_DATA)) {
            throw new IllegalArgumentException(CUSTOM_DATA + " is the checkpoint's own entry; name the history file otherwise");
        }
        lock.lock();
        try {
            Map<String, byte[]> extra = new LinkedHashMap<>();
            history.forEach((name, text) -> extra.put(name, text.getBytes(StandardCharsets.UTF_8)));
            if (config.isCustomData()) {
                extra.put(CUSTOM_DATA, pointsBytes(all));
            }
            new CheckpointArchive(config.toJson(), model.stateDict(), adam.state(), iteration(), elapsedSeconds(), CheckpointKind.PLANE_FLOW.mark(), extra)
                    .write(file);
        } finally {
            lock.unlock();
        }
    }

    private static byte[] pointsBytes(LabelledPoints p) throws IOException {
        double[] labels = new double[p.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = p.label(i);
        }
        return Npz.toBytes(Map.of("xy", Tensor.fromValues(p.xy(), DType.FLOAT64, p.size(), 2),
                "labels", Tensor.fromValues(labels, DType.FLOAT64, p.size())));
    }

    private static LabelledPoints readPoints(byte[] npz, String name) throws IOException {
        Map<String, Tensor> arrays = Npz.fromBytes(npz, name);
        if (!arrays.containsKey("xy") || !arrays.containsKey("labels")) {
            throw new IOException(name + " must hold the arrays xy and labels, had " + arrays.keySet());
        }
        double[] labels = arrays.get("labels").toDoubleArray();
        int[] classes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            classes[i] = (int) labels[i];
        }
        return new LabelledPoints(arrays.get("xy").toDoubleArray(), classes);
    }

    /** The history saved with the checkpoint this session resumed from (empty for a new session). */
    public Map<String, String> savedHistory() {
        return savedHistory;
    }

    /** The settings in effect (including an update waiting for the next iteration). */
    public Flow2dExperiment config() {
        Flow2dExperiment p = pending;
        return p != null ? p : config;
    }

    /**
     * Schedules a new solver, learning rate or run length for the next iteration.
     *
     * @throws IllegalArgumentException when the change needs a new model (the message says so)
     */
    public void update(Flow2dExperiment next) {
        if (config.needsNewModel(next)) {
            throw new IllegalArgumentException("changing the data, the model, its width or augmentation, the batch or the seed"
                    + " needs a new model: reset the session to apply it");
        }
        pending = next;
    }

    /** The training and test points. */
    public LabelledPoints.Split data() {
        return data;
    }

    /** The model; read it only under the session's pauses (it changes every iteration). */
    public PlaneClassifier model() {
        return model;
    }

    /** The snapshot of the last iteration, or null before the first. */
    public Flow2dSnapshot latest() {
        return latest;
    }

    @Override
    protected Module module() {
        return model;
    }

    @Override
    protected Optimizer optimizer() {
        return adam;
    }

    @Override
    protected Outcome iterate(long n) {
        applyPending();
        int[] indices = batches.indices(n);
        double[] xy = data.train().points(indices);
        int[] labels = data.train().labels(indices);
        try {
            double[] result = adam.step(() -> {
                Tensor logits = model.logits(model.points(xy));
                Tensor loss = PlaneClassifier.logisticLoss(logits, labels);
                double value = loss.item();
                if (!Double.isFinite(value)) {
                    throw TrainingFailure.nonFiniteLoss(n, value, SETTINGS);
                }
                double accuracy = PlaneClassifier.accuracy(PlaneClassifier.classesOf(logits), labels);
                loss.backward();
                PlaneClassifier.Nfe nfe = model.lastNfe();
                return new double[] {value, accuracy, nfe.forward(), nfe.backward()};
            });
            batchAccuracy = result[1];
            test = n % EVALUATE_EVERY == 0 || n == config.iterations() ? evaluate(data.test()) : null;
            return new Outcome(result[0], (int) result[2], (int) result[3], StepTrace.EMPTY);
        } catch (OdeSolveException e) {
            throw TrainingFailure.inSolver(n, e, SETTINGS);
        }
    }

    /** The test loss where the test set was evaluated, so that charts show it beside the training loss. */
    @Override
    protected double heldOutLoss(long n) {
        return test == null ? Double.NaN : test.loss();
    }

    private void applyPending() {
        Flow2dExperiment p = pending;
        if (p != null) {
            adam.setLearningRate(p.learningRate());
            model.setSolver(p.blockSolver());
            config = p;
            pending = null;
        }
    }

    /** The loss, accuracy and forward NFE of the current model on {@code points} (all in one batch), without recording gradients. */
    public Evaluation evaluate(LabelledPoints points) {
        lock.lock();
        try {
            try (GradMode off = GradMode.disabled(); Workspace ws = Workspace.open()) {
                Tensor logits = model.logits(model.points(points.xy()));
                int[] labels = points.labels();
                double loss = PlaneClassifier.logisticLoss(logits, labels).item();
                return new Evaluation(loss, PlaneClassifier.accuracy(PlaneClassifier.classesOf(logits), labels),
                        model.lastNfe().forward());
            }
        } finally {
            lock.unlock();
        }
    }

    /** {@code P(class 1)} at each point, row-major {@code (n, 2)}: the decision map a view draws as a heatmap. */
    public double[] probabilities(double[] xy) {
        lock.lock();
        try {
            try (GradMode off = GradMode.disabled(); Workspace ws = Workspace.open()) {
                return model.logits(model.points(xy)).sigmoid().toDoubleArray();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code P(class 1)} on an n x n grid over {@code bounds = [xMin, xMax, yMin, yMax]} (such as
     * {@link #viewBounds()}), in one batch.
     */
    public DecisionMap decisionMap(double[] bounds, int n) {
        if (bounds.length != 4 || !(bounds[1] > bounds[0]) || !(bounds[3] > bounds[2]) || n < 1 || n > 2048) {
            throw new IllegalArgumentException("a decision map needs bounds [xMin, xMax, yMin, yMax] with min < max and 1 to 2048"
                    + " cells per side, such as 100; were " + java.util.Arrays.toString(bounds) + " and " + n);
        }
        double[] xy = DensityGrid.centres(bounds[0], bounds[1], bounds[2], bounds[3], n);
        return new DecisionMap(bounds[0], bounds[1], bounds[2], bounds[3], n, probabilities(xy));
    }

    /** The square a view shows around all the points, {@code [xMin, xMax, yMin, yMax]}. */
    public double[] viewBounds() {
        return ViewBounds.around(all.toPointSet(config.dataset()));
    }

    /** The points {@code (n, 2)} carried by the model's map to the given times in [0, 1] (see {@link PlaneClassifier#trajectory}). */
    public FlowTrajectory trajectory(double[] xy, double[] times) {
        lock.lock();
        try {
            try (Workspace ws = Workspace.open()) {
                return model.trajectory(model.points(xy), times);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The linear classifier on the map's output, {@code [w_1, ..., w_dim, b]}. */
    public double[] hyperplane() {
        lock.lock();
        try {
            return model.hyperplane();
        } finally {
            lock.unlock();
        }
    }
}
