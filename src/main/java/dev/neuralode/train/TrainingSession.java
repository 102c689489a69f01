package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.ToyDataset;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * A headless training session of a 2D density experiment; iteration, pause, failure recovery and
 * listeners are {@link IterativeSession}'s.
 *
 * <ul>
 *   <li>{@link #update} changes settings that need no new model (tolerances, method, sensitivity,
 *       learning rate, ...) from the next iteration on; changes that need a new model are refused
 *       with that reason, and the caller starts a new session (Reset).</li>
 * </ul>
 */
public final class TrainingSession extends IterativeSession {

    /** Points of a toy dataset shown as the target data (training draws fresh samples each iteration). */
    private static final int DISPLAY_POINTS = 2000;

    private final DensityTrainer trainer;
    private final PointSet data;
    private volatile CnfExperiment pending;
    /** The metrics history a resumed checkpoint carried, or null. */
    private volatile String savedMetrics;

    /**
     * @param customData the points of a {@code custom} dataset; ignored (may be null) for a toy dataset
     */
    public TrainingSession(CnfExperiment config, PointSet customData) {
        this(new DensityTrainer(config, customData), config.isCustomData() ? customData
                : ToyDataset.byId(config.dataset()).sample(DISPLAY_POINTS, new Random(config.seed())), 0, 0.0);
    }

    private TrainingSession(DensityTrainer trainer, PointSet data, long iteration, double elapsed) {
        super(iteration, elapsed);
        this.trainer = trainer;
        this.data = data;
        remember();
    }

    @Override
    protected Module module() {
        return trainer.module();
    }

    @Override
    protected Optimizer optimizer() {
        return trainer.optimizer();
    }

    @Override
    protected Outcome iterate(long n) {
        CnfExperiment next = pending;
        if (next != null) {
            trainer.reconfigure(next);
            pending = null;
        }
        DensityTrainer.Iteration it = trainer.iterate(n);
        return new Outcome(it.loss(), it.nfeForward(), it.nfeBackward(), it.trace());
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

    /** A copy of the current model for views on another thread; training may go on meanwhile. */
    public FlowSnapshot freeze() {
        synchronized (lock) {
            return FlowSnapshot.of(trainer.config(), trainer.module().stateDict(), iteration());
        }
    }

    /**
     * Writes a checkpoint atomically: the config (with an update still waiting for the next
     * iteration, which needs no new model and so fits these weights), the weights, the optimizer
     * state and the data.
     */
    public void save(Path file) throws IOException {
        save(file, null);
    }

    /**
     * Like {@link #save(Path)}, with the metrics history so far (CSV text, or null for none), which
     * {@link #savedMetrics()} gives back after {@link #resume}.
     */
    public void save(Path file, String metricsCsv) throws IOException {
        synchronized (lock) {
            CnfExperiment c = config();
            Checkpoint.write(file, new Checkpoint(c, trainer.module().stateDict(), trainer.optimizer().state(),
                    iteration(), elapsedSeconds(), c.isCustomData() ? data : null, metricsCsv));
        }
    }

    /** The metrics history saved with the checkpoint this session resumed from, or null. */
    public String savedMetrics() {
        return savedMetrics;
    }

    /** Resumes from a checkpoint: the next iteration continues where the saved session stopped. */
    public static TrainingSession resume(Path file) throws IOException {
        Checkpoint c = Checkpoint.read(file);
        DensityTrainer trainer = new DensityTrainer(c.config(), c.data());
        trainer.module().loadStateDict(c.weights());
        trainer.optimizer().loadState(c.optimizer());
        PointSet data = c.config().isCustomData() ? c.data()
                : ToyDataset.byId(c.config().dataset()).sample(DISPLAY_POINTS, new Random(c.config().seed()));
        TrainingSession session = new TrainingSession(trainer, data, c.iteration(), c.elapsedSeconds());
        session.savedMetrics = c.metricsCsv();
        return session;
    }
}
