package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.nn.OptimizerState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What every headless training session shares, whatever it trains: it runs on whatever thread
 * calls {@link #step()} or {@link #run}, counts iterations and their wall time, and after each
 * iteration hands every listener an immutable {@link TrainingSnapshot} on that thread.
 *
 * <ul>
 *   <li>{@link #run} loops until the cancel flag is raised, {@link #requestPause()} is called or an
 *       iteration fails; both take effect within one iteration.</li>
 *   <li>A failed iteration ({@link TrainingFailure}: a non-finite loss, a step-size underflow, too
 *       many steps) restores the last good weights and optimizer state, reports the reason in a
 *       FAILED snapshot, and stops {@link #run}.</li>
 * </ul>
 *
 * <p>A subclass builds its model and optimizer, then calls {@link #remember()} once, so that a first
 * failed iteration has weights to go back to. {@link #iterate} runs under {@link #lock}, which other
 * readers of the model (freezing a copy, saving) take too.
 */
public abstract class IterativeSession {

    /** What one iteration did, before the session adds its number and timing. */
    protected record Outcome(double loss, int nfeForward, int nfeBackward, StepTrace trace) {
    }

    /**
     * Held while the model is stepped; hold it to read the weights consistently. Fair, so that a save
     * or a frozen copy waits one iteration at most: a loop that takes an unfair lock again at once
     * kept a save waiting for 160 iterations.
     */
    protected final ReentrantLock lock = new ReentrantLock(true);
    private final List<Consumer<TrainingSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean pauseRequested;
    private volatile TrainingSnapshot last;
    private long iteration;
    private double elapsed;
    private Map<String, Tensor> goodWeights;
    private OptimizerState goodOptimizer;
    private final LossWatch losses = new LossWatch();

    /** @param iteration iterations done before (0 for a new model), @param elapsed their wall time in seconds */
    protected IterativeSession(long iteration, double elapsed) {
        this.iteration = iteration;
        this.elapsed = elapsed;
    }

    /** The module whose weights a failed iteration restores. */
    protected abstract Module module();

    /** The optimizer whose state a failed iteration restores. */
    protected abstract Optimizer optimizer();

    /**
     * One iteration with the given 1-based number; called under {@link #lock}.
     *
     * @throws TrainingFailure when it cannot complete (the message names the symptom and the remedy)
     */
    protected abstract Outcome iterate(long n);

    /**
     * The loss on held-out data after iteration {@code n}, or NaN when the session has none or does
     * not evaluate it at {@code n}. Called under {@link #lock} after a successful iteration and
     * outside its timing: it measures the model, it does not train it. This default has none.
     */
    protected double heldOutLoss(long n) {
        return Double.NaN;
    }

    public void addListener(Consumer<TrainingSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<TrainingSnapshot> listener) {
        listeners.remove(listener);
    }

    public long iteration() {
        lock.lock();
        try {
            return iteration;
        } finally {
            lock.unlock();
        }
    }

    /** Wall time of all successful iterations so far, in seconds. */
    protected double elapsedSeconds() {
        lock.lock();
        try {
            return elapsed;
        } finally {
            lock.unlock();
        }
    }

    /** The latest snapshot, or null before the first iteration. */
    public TrainingSnapshot lastSnapshot() {
        return last;
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
        lock.lock();
        try {
            long started = System.nanoTime();
            long n = iteration + 1;
            try {
                Outcome it = iterate(n);
                double seconds = (System.nanoTime() - started) / 1e9;
                iteration = n;
                elapsed += seconds;
                losses.record(n, it.loss());
                remember();
                s = new TrainingSnapshot(n, it.loss(), it.nfeForward(), it.nfeBackward(), seconds, elapsed, it.trace(),
                        TrainingSnapshot.Status.RUNNING, null, heldOutLoss(n));
            } catch (TrainingFailure e) {
                TrainingFailure why = e.diagnosed(losses, finite(module().stateDict()), optimizer().learningRate());
                restore();
                s = new TrainingSnapshot(n, Double.NaN, 0, 0, (System.nanoTime() - started) / 1e9, elapsed, StepTrace.EMPTY,
                        TrainingSnapshot.Status.FAILED, why.advice());
            }
        } finally {
            lock.unlock();
        }
        last = s;
        for (Consumer<TrainingSnapshot> l : listeners) {
            l.accept(s);
        }
        return s;
    }

    /**
     * Keeps the current weights and optimizer state as the ones a failed iteration returns to, unless
     * the last update made a weight NaN or infinite: going back to those would fail again at once.
     */
    protected final void remember() {
        Map<String, Tensor> weights = module().stateDict();
        if (goodWeights == null || finite(weights)) {
            goodWeights = weights;
            goodOptimizer = optimizer().state();
        }
    }

    private static boolean finite(Map<String, Tensor> weights) {
        return weights.values().stream().allMatch(Tensor::allFinite);
    }

    private void restore() {
        module().loadStateDict(goodWeights);
        optimizer().loadState(goodOptimizer);
    }
}
