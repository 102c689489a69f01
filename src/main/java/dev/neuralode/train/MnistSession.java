package dev.neuralode.train;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import dev.neuralode.data.EpochBatches;
import dev.neuralode.data.MnistImages;
import dev.neuralode.data.RandomCropPad;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.model.odenet.MnistClassifier;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.nn.SGD;
import dev.neuralode.ode.OdeSolveException;
import dev.neuralode.sensitivity.GradientSolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A headless MNIST classifier run: one iteration is one SGD step on a batch of training images
 * (drawn without replacement within an epoch, in a seeded order, randomly cropped when the config
 * says so), with the learning rate of its epoch. The training images are what the config leaves after
 * holding out its validation images; {@link #evaluate} measures the error and the mean NFE on any
 * split. The test set is never touched here: the caller reports it once, for the selected model.
 */
public final class MnistSession extends IterativeSession implements ReadableClassifier {

    /** The settings a failure's remedy may name. */
    private static final Set<Setting> SETTINGS = Set.of(Setting.LEARNING_RATE, Setting.TOLERANCE);

    /** The error rate and mean NFE of the model on a set of images. */
    public record Evaluation(double error, double meanNfe, int images, double seconds) {
    }

    /** Replaced (under the lock) when the solver changes, so that a save records the solver in use. */
    private volatile MnistExperiment config;
    private final MnistClassifier model;
    private final SGD optimizer;
    private final MnistImages train;
    private final MnistImages validation;
    private final EpochBatches batches;
    private final float[] batch;

    /**
     * @param trainingImages the 60,000 training images; the validation split is held out of them here
     */
    public MnistSession(MnistExperiment config, MnistImages trainingImages) {
        this(config, trainingImages, 0, 0);
    }

    private MnistSession(MnistExperiment config, MnistImages trainingImages, long iteration, double elapsed) {
        super(iteration, elapsed);
        this.config = config;
        this.model = new MnistClassifier(config.architecture(), config.blockSolver(), config.dtype(),
                new SplittableRandom(config.seed()));
        this.optimizer = new SGD(model.namedParameters(), config.learningRate(), config.momentum(), 0, 0, false);
        MnistImages[] split = config.validation() > 0 ? trainingImages.split(config.validation(), config.seed())
                : new MnistImages[] {trainingImages, null};
        MnistImages rest = split[0];
        if (config.trainImages() > 0 && config.trainImages() < rest.count()) {
            int[] first = new int[config.trainImages()];
            for (int i = 0; i < first.length; i++) {
                first[i] = i;
            }
            rest = rest.subset(first);
        }
        this.train = rest;
        this.validation = split[1];
        this.batches = new EpochBatches(train.count(), config.batchSize(), config.seed());
        this.batch = new float[batches.batchSize() * MnistImages.PIXELS];
        remember();
    }

    /** Continues a run from a checkpoint written by {@link #save}. */
    public static MnistSession resume(Path checkpoint, MnistImages trainingImages) throws IOException {
        CheckpointArchive a = CheckpointArchive.read(checkpoint, CheckpointKind.CLASSIFIER);
        MnistExperiment config;
        try {
            config = MnistExperiment.fromJson(a.configJson());
        } catch (IllegalArgumentException e) {
            throw new IOException(checkpoint.getFileName() + ": " + e.getMessage(), e);
        }
        MnistSession s = new MnistSession(config, trainingImages, a.iteration(), a.elapsedSeconds());
        try {
            s.model.loadStateDict(a.weights());
            s.optimizer.loadState(a.optimizer());
        } catch (IllegalArgumentException e) {
            throw new IOException(checkpoint.getFileName() + ": " + e.getMessage(), e);
        }
        s.remember();
        return s;
    }

    /** Writes the weights, the optimizer state and the progress, atomically. */
    public void save(Path file) throws IOException {
        lock.lock();
        try {
            new CheckpointArchive(config.toJson(), model.stateDict(), optimizer.state(), iteration(), elapsedSeconds(),
                    CheckpointKind.CLASSIFIER.mark(), Map.of()).write(file);
        } finally {
            lock.unlock();
        }
    }

    public MnistExperiment config() {
        return config;
    }

    public MnistClassifier model() {
        return model;
    }

    /** Iterations per epoch: the training images in full batches (a last partial batch is dropped, as torchdiffeq does). */
    public int iterationsPerEpoch() {
        return batches.perEpoch();
    }

    /** The 0-based epoch an iteration (1-based) belongs to. */
    public int epochOf(long iteration) {
        return batches.epochOf(iteration);
    }

    /** The validation images, or null when the config holds none out. */
    public MnistImages validationImages() {
        return validation;
    }

    @Override
    protected Module module() {
        return model;
    }

    @Override
    protected Optimizer optimizer() {
        return optimizer;
    }

    @Override
    protected Outcome iterate(long n) {
        int epoch = epochOf(n);
        int size = batches.batchSize();
        int[] indices = batches.indices(n);
        SplittableRandom crops = new SplittableRandom(config.seed() * 1_000_003L + n);
        train.batchInto(indices, config.augment() ? RandomCropPad.MNIST_TRAINING : RandomCropPad.NONE, crops, batch);
        int[] labels = train.labels(indices);
        optimizer.setLearningRate(config.schedule().rate(epoch));
        try {
            // The batch array is wrapped, not copied: nothing computed from it outlives this step's workspace.
            double[] result = optimizer.step(() -> {
                Tensor logits = model.forward(Tensor.fromFloats(batch, size, 1, MnistImages.ROWS, MnistImages.COLUMNS));
                Tensor loss = MnistClassifier.crossEntropy(logits, labels);
                double value = loss.item();
                if (!Double.isFinite(value)) {
                    throw TrainingFailure.nonFiniteLoss(n, value, SETTINGS);
                }
                loss.backward();
                GradientSolution solve = model.lastSolve();
                return new double[] {value, solve == null ? 0 : solve.forwardStats().nfe(),
                    solve == null || solve.backwardStats() == null ? 0 : solve.backwardStats().nfe()};
            });
            return new Outcome(result[0], (int) result[1], (int) result[2], StepTrace.EMPTY);
        } catch (OdeSolveException e) {
            throw TrainingFailure.inSolver(n, e, SETTINGS);
        }
    }

    /**
     * Runs {@code reading} on the model between iterations, without recording gradients. Tensors made
     * inside are released when it returns: it must return plain values.
     */
    @Override
    public <T> T withModel(Function<MnistClassifier, T> reading) {
        lock.lock();
        try {
            try (GradMode off = GradMode.disabled(); Workspace ws = Workspace.open()) {
                return reading.apply(model);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The error rate and mean forward NFE on {@code images} (the first {@code limit} of them, 0 for all), without augmentation. */
    public Evaluation evaluate(MnistImages images, int limit) {
        lock.lock();
        try {
            return ClassifierEvaluation.measure(model, images, limit, done -> { }, () -> false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Integrates the ODE block with {@code solver} from the next iteration on, and records it in the
     * config, so that a checkpoint saved afterwards resumes with it.
     *
     * @throws IllegalStateException for a model without an ODE block (ResNet, stem only)
     */
    public void setSolver(BlockSolver solver) {
        lock.lock();
        try {
            model.setSolver(solver);
            config = config.withSolver(solver.method(), solver.rtol(), solver.atol(), solver.adjoint());
        } finally {
            lock.unlock();
        }
    }
}
