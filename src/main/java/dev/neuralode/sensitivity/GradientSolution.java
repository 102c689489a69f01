package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.Stats;

/**
 * The states of a solve at its output times, connected to the tape so that a loss on them can be
 * backpropagated by the chosen {@link Sensitivity}, with the forward and (after the backward pass)
 * backward statistics.
 */
public final class GradientSolution {

    private final double[] times;
    private final Solution direct;
    private final Tensor packed;
    private final Packing packing;
    private final Stats forward;
    private final BackwardStats backward;
    private final long checkpointBytes;

    private GradientSolution(double[] times, Solution direct, Tensor packed, Packing packing, Stats forward,
            BackwardStats backward, long checkpointBytes) {
        this.times = times;
        this.direct = direct;
        this.packed = packed;
        this.packing = packing;
        this.forward = forward;
        this.backward = backward;
        this.checkpointBytes = checkpointBytes;
    }

    static GradientSolution ofDirect(Solution s) {
        return new GradientSolution(s.times(), s, null, null, s.stats(), new BackwardStats(), 0);
    }

    static GradientSolution ofPacked(double[] times, Tensor packed, Packing packing, Stats forward, BackwardStats backward,
            long checkpointBytes) {
        return new GradientSolution(times, null, packed, packing, forward, backward, checkpointBytes);
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    /** The state at output time i. */
    public State state(int i) {
        return direct != null ? direct.state(i) : packing.state(packed, i);
    }

    /** The single tensor of a one-part state at output time i. */
    public Tensor tensor(int i) {
        return state(i).single();
    }

    /**
     * Part p at every output time, {@code (T, shape...)}. For the adjoint methods this is one slice
     * of the solve's output, the cheapest way to put a loss on many output times.
     */
    public Tensor stacked(int p) {
        return direct != null ? direct.stacked(p) : packing.stacked(packed, p);
    }

    /** The last state. */
    public State last() {
        return state(times.length - 1);
    }

    public Stats forwardStats() {
        return forward;
    }

    /**
     * Bytes of the forward states the checkpointed adjoint stores beside the tape for its backward
     * pass (0 for direct backpropagation, whose memory is the tape itself, and for the plain adjoint).
     */
    public long checkpointBytes() {
        return checkpointBytes;
    }

    /** Filled in when a loss on this solution is backpropagated. */
    public BackwardStats backwardStats() {
        return backward;
    }
}
