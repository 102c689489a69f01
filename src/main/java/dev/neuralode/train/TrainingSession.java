package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.PointSet;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.ode.OdeSolveException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A headless training session of a 2D density experiment; iteration, pause, failure recovery and
 * listeners are {@link IterativeSession}'s.
 *
 * <ul>
 *   <li>{@link #update} changes settings that need no new model (tolerances, method, sensitivity,
 *       learning rate, ...) from the next iteration on; changes that need a new model are refused
 *       with that reason, and the caller starts a new session (Reset).</li>
 *   <li>For the {@code mle} objective a share of the data is held out ({@link DensityData#split}),
 *       and every {@value #HELD_OUT_EVERY}th iteration (and the first) reports the NLL of the
 *       held-out points in its snapshot.</li>
 * </ul>
 */
public final class TrainingSession extends IterativeSession {

    /** Iterations between evaluations of the held-out NLL: one forward solve, a few percent of training's time. */
    public static final int HELD_OUT_EVERY = 10;
    /** The most held-out points one evaluation solves for; a random subset of more. */
    static final int HELD_OUT_EVALUATED = 1000;

    private final DensityTrainer trainer;
    private final PointSet data;
    private final PointSet heldOut;
    private final PointSet custom;
    private volatile CnfExperiment pending;
    /** The metrics history a resumed checkpoint carried, or null. */
    private volatile String savedMetrics;

    /**
     * @param customData the points of a {@code custom} dataset; ignored (may be null) for a preset or
     *                   the {@code kl} objective
     */
    public TrainingSession(CnfExperiment config, PointSet customData) {
        this(config, config.isCustomData() ? customData : null, DensityData.shown(config, customData), 0, 0.0);
    }

    private TrainingSession(CnfExperiment config, PointSet custom, PointSet data, long iteration, double elapsed) {
        this(config, custom, data, "mle".equals(config.objective()) ? DensityData.split(data, config.dataSeed())
                : new DensityData.Split(data, new PointSet("held out", new float[0])), iteration, elapsed);
    }

    private TrainingSession(CnfExperiment config, PointSet custom, PointSet data, DensityData.Split split, long iteration,
            double elapsed) {
        super(iteration, elapsed);
        this.trainer = new DensityTrainer(config, custom == null ? null : split.training());
        this.custom = custom;
        this.data = data;
        this.heldOut = split.heldOut();
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

    /** The held-out NLL at the first and every {@value #HELD_OUT_EVERY}th iteration; NaN if its solve fails. */
    @Override
    protected double heldOutLoss(long n) {
        if (heldOut.size() == 0 || (n != 1 && n % HELD_OUT_EVERY != 0)) {
            return Double.NaN;
        }
        PointSet evaluated = heldOut.size() <= HELD_OUT_EVALUATED ? heldOut
                : new PointSet(heldOut.name(), java.util.Arrays.copyOf(heldOut.toArray(), 2 * HELD_OUT_EVALUATED));
        try {
            return trainer.negativeLogLikelihood(evaluated);
        } catch (OdeSolveException e) {
            // The training iteration succeeded; a failed measurement is a gap in the held-out series, not a failure.
            return Double.NaN;
        }
    }

    /** The settings in effect (including an update waiting for the next iteration). */
    public CnfExperiment config() {
        CnfExperiment p = pending;
        return p != null ? p : trainer.config();
    }

    /**
     * The data shown with the model: the drawn points, or a fixed sample of the preset; for the
     * {@code kl} objective a sample of the target, which only frames the view (kl learns from no data).
     */
    public PointSet data() {
        return data;
    }

    /** The drawn points of a {@code custom} dataset (all of them, held out or not), or null for a preset. */
    public PointSet customData() {
        return custom;
    }

    /** The points held out from training (none for {@code kl} and for fewer than ten points). */
    public PointSet heldOut() {
        return heldOut;
    }

    /** The points training batches are drawn from: the drawn points less the held-out ones; null for a preset. */
    PointSet trainingPoints() {
        return trainer.customData();
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
        lock.lock();
        try {
            return FlowSnapshot.of(trainer.config(), trainer.module().stateDict(), iteration());
        } finally {
            lock.unlock();
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
        lock.lock();
        try {
            CnfExperiment c = config();
            Checkpoint.write(file, new Checkpoint(c, trainer.module().stateDict(), trainer.optimizer().state(),
                    iteration(), elapsedSeconds(), c.isCustomData() ? custom : null, metricsCsv));
        } finally {
            lock.unlock();
        }
    }

    /** The metrics history saved with the checkpoint this session resumed from, or null. */
    public String savedMetrics() {
        return savedMetrics;
    }

    /** Resumes from a checkpoint: the next iteration continues where the saved session stopped. */
    public static TrainingSession resume(Path file) throws IOException {
        Checkpoint c = Checkpoint.read(file);
        TrainingSession session = new TrainingSession(c.config(), c.config().isCustomData() ? c.data() : null,
                DensityData.shown(c.config(), c.data()), c.iteration(), c.elapsedSeconds());
        session.trainer.module().loadStateDict(c.weights());
        session.trainer.optimizer().loadState(c.optimizer());
        session.remember();
        session.savedMetrics = c.metricsCsv();
        return session;
    }
}
