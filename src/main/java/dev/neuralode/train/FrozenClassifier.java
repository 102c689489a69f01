package dev.neuralode.train;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.model.odenet.MnistClassifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A copy of a session's classifier as it was after one iteration, to measure (validation error,
 * tolerance sweeps) on another thread while the session trains on: the copy is taken under the
 * session's lock in the time of one weight copy, and nothing measured on it waits for an iteration
 * or holds one up. Reads from several threads take turns.
 */
public final class FrozenClassifier implements ReadableClassifier {

    private final MnistClassifier model;
    private final BlockSolver trained;
    private final long iteration;

    private FrozenClassifier(MnistClassifier model, BlockSolver trained, long iteration) {
        this.model = model;
        this.trained = trained;
        this.iteration = iteration;
    }

    /** The weights of what {@link #of} copied, as plain arrays: tensors made under the session's lock do not outlive it. */
    private record Weights(long iteration, BlockSolver solver, Map<String, float[]> values, Map<String, long[]> shapes) {
    }

    /** Copies the session's current weights and solver. */
    public static FrozenClassifier of(MnistSession session) {
        Weights w = session.withModel(m -> {
            Map<String, float[]> values = new LinkedHashMap<>();
            Map<String, long[]> shapes = new LinkedHashMap<>();
            m.stateDict().forEach((name, t) -> {
                values.put(name, t.toFloatArray());
                shapes.put(name, t.shape());
            });
            return new Weights(session.iteration(), m.solver(), values, shapes);
        });
        MnistExperiment config = session.config();
        Architecture a = config.architecture();
        BlockSolver solver = w.solver() != null ? w.solver() : config.blockSolver();
        MnistClassifier copy = new MnistClassifier(a, solver, config.dtype(), new SplittableRandom(0));
        Map<String, Tensor> state = new LinkedHashMap<>();
        w.values().forEach((name, v) -> state.put(name, Tensor.fromFloats(v, w.shapes().get(name))));
        copy.loadStateDict(state);
        return new FrozenClassifier(copy, w.solver(), w.iteration());
    }

    /** The iteration after which the weights were copied. */
    public long iteration() {
        return iteration;
    }

    public Architecture architecture() {
        return model.architecture();
    }

    /** The solver the session trained with, or null for a model without an ODE block. */
    public BlockSolver trainedSolver() {
        return trained;
    }

    @Override
    public synchronized <T> T withModel(Function<MnistClassifier, T> reading) {
        try (GradMode off = GradMode.disabled(); Workspace ws = Workspace.open()) {
            return reading.apply(model);
        }
    }

    /** The error rate and mean NFE on the first {@code limit} images (0 for all), with the trained solver. */
    public MnistSession.Evaluation evaluate(MnistImages images, int limit) {
        return evaluate(images, limit, trained, n -> { }, () -> false);
    }

    /**
     * The error rate and mean NFE with another solver for the ODE block (the trained one is restored
     * afterwards); {@code solver} is ignored by a model without an ODE block.
     *
     * @param done   hears the images measured so far, after each batch
     * @param cancel stops after the current batch; the images measured so far are reported
     */
    public synchronized MnistSession.Evaluation evaluate(MnistImages images, int limit, BlockSolver solver, IntConsumer done,
                                            BooleanSupplier cancel) {
        if (trained == null) {
            return ClassifierEvaluation.measure(model, images, limit, done, cancel);
        }
        model.setSolver(solver);
        try {
            return ClassifierEvaluation.measure(model, images, limit, done, cancel);
        } finally {
            model.setSolver(trained);
        }
    }
}
