package dev.neuralode.train;

import dev.neuralode.data.PointSet;
import dev.neuralode.data.ToyDataset;
import dev.neuralode.nn.OptimizerState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A headless training session of a 2D density experiment. It runs on whatever thread calls
 * {@link #step()} or {@link #run}; after each iteration every listener receives an immutable
 * {@link TrainingSnapshot} on that thread.
 *
 * <ul>
 *   <li>{@link #run} loops until the cancel flag is raised, {@link #requestPause()} is called or an
 *       iteration fails; both take effect within one iteration.</li>
 *   <li>{@link #update} changes settings that need no new model (tolerances, method, sensitivity,
 *       learning rate, ...) from the next iteration on; changes that need a new model are refused
 *       with that reason, and the caller starts a new session (Reset).</li>
 *   <li>A failed iteration (non-finite loss, step-size underflow, too many steps) restores the last
 *       good weights and optimizer state, reports the reason, and stops {@link #run}.</li>
 * </ul>
 */
public final class TrainingSession {

    /** Points of a toy dataset shown as the target data (training draws fresh samples each iteration). */
    private static final int DISPLAY_POINTS = 2000;

    private final Object lock = new Object();
    private final DensityTrainer trainer;
    private final PointSet data;
    private final List<Consumer<TrainingSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile CnfExperiment pending;
    private volatile boolean pauseRequested;
    private volatile TrainingSnapshot last;
    private long iteration;
    private double elapsed;
    private Map<String, INDArray> goodWeights;
    private OptimizerState goodOptimizer;

    /**
     * @param customData the points of a {@code custom} dataset; ignored (may be null) for a toy dataset
     */
    public TrainingSession(CnfExperiment config, PointSet customData) {
        this.trainer = new DensityTrainer(config, customData);
        this.data = config.isCustomData() ? customData
                : ToyDataset.byId(config.dataset()).sample(DISPLAY_POINTS, new Random(config.seed()));
        remember();
    }

    private TrainingSession(DensityTrainer trainer, PointSet data, long iteration, double elapsed) {
        this.trainer = trainer;
        this.data = data;
        this.iteration = iteration;
        this.elapsed = elapsed;
        remember();
    }

    public void addListener(Consumer<TrainingSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<TrainingSnapshot> listener) {
        listeners.remove(listener);
    }

    /** The settings in effect (including an update waiting for the next iteration). */
    public CnfExperiment config() {
        CnfExperiment p = pending;
        return p != null ? p : trainer.config();
    }

    /** The data the model learns: the custom points, or a fixed sample of the toy density to show. */
    public PointSet data() {
        return data;
    }

    public long iteration() {
        synchronized (lock) {
            return iteration;
        }
    }

    /** The latest snapshot, or null before the first iteration. */
    public TrainingSnapshot lastSnapshot() {
        return last;
    }

    /**
     * Schedules new settings for the next iteration.
     *
     * @throws IllegalArgumentException when they need a new model (the message says so)
     */
    public void update(CnfExperiment next) {
        if (trainer.config().needsNewModel(next)) {
            throw new IllegalArgumentException("changing the model, data, objective, dtype or seed needs a new model:"
                    + " reset the session to apply it");
        }
        pending = next;
    }

    /** Asks {@link #run} to return after the current iteration. */
    public void requestPause() {
        pauseRequested = true;
    }

    /** Runs iterations until cancelled, paused or failed; returns the last snapshot. */
    public TrainingSnapshot run(BooleanSupplier cancel) {
        pauseRequested = false;
        TrainingSnapshot s = last;
        while (!cancel.getAsBoolean() && !pauseRequested) {
            s = step();
            if (s.failed()) {
                break;
            }
        }
        return s;
    }

    /** One iteration; never throws for a training failure, which comes back as a FAILED snapshot. */
    public TrainingSnapshot step() {
        TrainingSnapshot s;
        synchronized (lock) {
            CnfExperiment next = pending;
            if (next != null) {
                trainer.reconfigure(next);
                pending = null;
            }
            long started = System.nanoTime();
            long n = iteration + 1;
            try {
                DensityTrainer.Iteration it = trainer.iterate(n);
                double seconds = (System.nanoTime() - started) / 1e9;
                iteration = n;
                elapsed += seconds;
                remember();
                s = new TrainingSnapshot(n, it.loss(), it.nfeForward(), it.nfeBackward(), seconds, elapsed, it.trace(),
                        TrainingSnapshot.Status.RUNNING, "");
            } catch (TrainingFailure e) {
                restore();
                s = new TrainingSnapshot(n, Double.NaN, 0, 0, (System.nanoTime() - started) / 1e9, elapsed, StepTrace.EMPTY,
                        TrainingSnapshot.Status.FAILED, e.getMessage());
            }
        }
        last = s;
        for (Consumer<TrainingSnapshot> l : listeners) {
            l.accept(s);
        }
        return s;
    }

    private void remember() {
        goodWeights = trainer.module().stateDict();
        goodOptimizer = trainer.optimizer().state();
    }

    private void restore() {
        trainer.module().loadStateDict(goodWeights);
        trainer.optimizer().loadState(goodOptimizer);
    }

    /** A copy of the current model for views on another thread; training may go on meanwhile. */
    public FlowSnapshot freeze() {
        synchronized (lock) {
            return FlowSnapshot.of(trainer.config(), trainer.module().stateDict(), iteration);
        }
    }

    /**
     * Writes a checkpoint atomically: the config (with an update still waiting for the next
     * iteration, which needs no new model and so fits these weights), the weights, the optimizer
     * state and the data.
     */
    public void save(Path file) throws IOException {
        synchronized (lock) {
            CnfExperiment c = config();
            Checkpoint.write(file, new Checkpoint(c, trainer.module().stateDict(), trainer.optimizer().state(),
                    iteration, elapsed, c.isCustomData() ? data : null));
        }
    }

    /** Resumes from a checkpoint: the next iteration continues where the saved session stopped. */
    public static TrainingSession resume(Path file) throws IOException {
        Checkpoint c = Checkpoint.read(file);
        DensityTrainer trainer = new DensityTrainer(c.config(), c.data());
        trainer.module().loadStateDict(c.weights());
        trainer.optimizer().loadState(c.optimizer());
        PointSet data = c.config().isCustomData() ? c.data()
                : ToyDataset.byId(c.config().dataset()).sample(DISPLAY_POINTS, new Random(c.config().seed()));
        return new TrainingSession(trainer, data, c.iteration(), c.elapsedSeconds());
    }
}
