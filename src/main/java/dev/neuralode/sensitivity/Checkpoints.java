package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.Stats;
import dev.neuralode.ode.TimeGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * States stored during the forward pass of the checkpointed adjoint, keyed by time: at the output
 * times always, and either at every accepted step or at k evenly spaced times inside each output
 * interval. The backward pass restarts z from them.
 */
final class Checkpoints {

    private final double[] outputTimes;
    private final TreeMap<Double, State> stored = new TreeMap<>();

    Checkpoints(double[] outputTimes) {
        this.outputTimes = outputTimes;
    }

    /** The forward pass's states at the output times and its statistics. */
    record Forward(List<State> outputs, Stats stats) {
    }

    /**
     * Solves forwards and keeps the checkpoints.
     *
     * @param perInterval 0 for every accepted step, k > 0 for k - 1 interior times per interval (so
     *     that each output interval is cut into k segments)
     */
    Forward record(Odeint solver, ParametricDynamics f, State z0, int perInterval) {
        Solution s = perInterval == 0
                ? solver.observer((step, state) -> {
                    if (step.accepted()) {
                        stored.put(step.t() + step.dt(), state.detach());
                    }
                }).solve(f, z0, TimeGrid.of(outputTimes))
                : solver.solve(f, z0, TimeGrid.of(refined(perInterval)));
        double[] solved = s.times();
        for (int i = 0; i < solved.length; i++) {
            stored.put(solved[i], s.state(i).detach());
        }
        List<State> outputs = new ArrayList<>(outputTimes.length);
        for (double t : outputTimes) {
            outputs.add(stored.get(t));
        }
        return new Forward(outputs, s.stats());
    }

    private double[] refined(int k) {
        double[] grid = new double[(outputTimes.length - 1) * k + 1];
        for (int i = 0; i + 1 < outputTimes.length; i++) {
            for (int j = 0; j < k; j++) {
                grid[i * k + j] = outputTimes[i] + (outputTimes[i + 1] - outputTimes[i]) * j / k;
            }
        }
        grid[grid.length - 1] = outputTimes[outputTimes.length - 1];
        return grid;
    }

    /** The boundaries of output interval i's backward segments: t_i, the checkpoints inside, t_{i-1}. */
    double[] segmentsBackwards(int i) {
        double hi = outputTimes[i];
        double lo = outputTimes[i - 1];
        boolean forwards = hi > lo;
        List<Double> inside = new ArrayList<>(forwards
                ? stored.subMap(lo, false, hi, false).descendingKeySet()
                : stored.subMap(hi, false, lo, false).keySet());
        double[] b = new double[inside.size() + 2];
        b[0] = hi;
        for (int k = 0; k < inside.size(); k++) {
            b[k + 1] = inside.get(k);
        }
        b[b.length - 1] = lo;
        return b;
    }

    /**
     * The bytes of the stored states' elements: the O(K) memory the checkpointed adjoint keeps
     * beside the tape between the forward and the backward pass (Zhuang et al., 2020, ACA).
     */
    long bytes() {
        long total = 0;
        for (State s : stored.values()) {
            for (int p = 0; p < s.size(); p++) {
                Tensor part = s.part(p);
                total += part.length() * (part.dtype() == DType.FLOAT64 ? Double.BYTES : Float.BYTES);
            }
        }
        return total;
    }

    /** The stored state at time t, or {@code fallback} when none was stored there. */
    State stateAt(double t, State fallback) {
        State s = stored.get(t);
        return s != null ? s : fallback;
    }
}
