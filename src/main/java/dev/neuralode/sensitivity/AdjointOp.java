package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.CustomOp;
import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.ErrorNorm;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.Stats;
import dev.neuralode.ode.TimeGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * One ODE solve as one op whose backward pass is the adjoint method. Inputs: the parts of
 * {@code z0}, then the parameters, then optionally the output times as a float64 tensor. Output:
 * the states at the output times, packed as {@code (T, L)} ({@link Packing}).
 *
 * <p>Backward (Chen et al., 2018, Algorithm 1, with the output-time jumps of their appendix B): from
 * the last output time backwards, the augmented system {@code [z, a, dL/dtheta]}
 * ({@link AugmentedDynamics}) is solved over each output interval and the direct gradient of the
 * loss at each output time is added to {@code a} there. The gradient with respect to an output time
 * {@code t_i} (i > 0) is {@code <dL/dz(t_i), f(t_i, z(t_i))>}, and with respect to {@code t_0} it is
 * {@code -<a(t_0), f(t_0, z_0)>} where a excludes the direct gradient at {@code t_0}. The
 * checkpointed variant restarts {@code z} from stored forward states at every checkpoint, so the
 * backward reconstruction only ever spans one segment.
 *
 * <p>First-order only: the backward solves are not recorded, so a backward pass with createGraph
 * through this op is refused.
 */
final class AdjointOp extends CustomOp {

    private final Odeint forwardSolver;
    private final Odeint backwardSolver;
    private final ParametricDynamics f;
    private final TimeGrid times;
    private final Packing packing;
    private final int parameterCount;
    private final boolean timeInput;
    private final int checkpointsPerInterval;
    private final BackwardStats backwardStats = new BackwardStats();
    private Checkpoints checkpoints;
    private Stats forwardStats;

    /**
     * @param checkpointsPerInterval -1 for the plain backsolve adjoint, 0 to checkpoint every accepted
     *     step, k > 0 for k evenly spaced checkpoints per output interval
     */
    AdjointOp(Odeint forwardSolver, Odeint backwardSolver, ParametricDynamics f, TimeGrid times, State template,
            int parameterCount, boolean timeInput, int checkpointsPerInterval) {
        super(checkpointsPerInterval < 0 ? "odeint_adjoint" : "odeint_checkpointed_adjoint");
        this.forwardSolver = forwardSolver;
        this.backwardSolver = backwardSolver;
        this.f = f;
        this.times = times;
        this.packing = new Packing(template);
        this.parameterCount = parameterCount;
        this.timeInput = timeInput;
        this.checkpointsPerInterval = checkpointsPerInterval;
    }

    Packing packing() {
        return packing;
    }

    Stats forwardStats() {
        return forwardStats;
    }

    BackwardStats backwardStats() {
        return backwardStats;
    }

    /** Bytes of the forward states the checkpointed variant keeps for the backward pass, 0 for the plain adjoint. */
    long checkpointBytes() {
        return checkpoints == null ? 0 : checkpoints.bytes();
    }

    @Override
    protected Tensor forward(Tensor[] inputs) {
        State z0 = State.of(java.util.Arrays.copyOf(inputs, packing.parts()));
        double[] t = times.times();
        if (checkpointsPerInterval >= 0) {
            checkpoints = new Checkpoints(t);
            Checkpoints.Forward forward = checkpoints.record(forwardSolver, f, z0, checkpointsPerInterval);
            forwardStats = forward.stats();
            return packing.pack(forward.outputs());
        }
        Solution s = forwardSolver.solve(f, z0, times);
        forwardStats = s.stats();
        return packing.pack(s.states());
    }

    @Override
    protected Tensor[] backward(Tensor[] inputs, Tensor output, Tensor grad) {
        if (GradMode.isEnabled()) {
            throw new UnsupportedOperationException("the adjoint methods give first-order gradients only; use"
                    + " Sensitivity.direct() for gradients of gradients");
        }
        int parts = packing.parts();
        double[] t = times.times();
        int last = t.length - 1;
        List<Tensor> theta = new ArrayList<>(inputs.length);
        for (int k = 0; k < parameterCount; k++) {
            theta.add(inputs[parts + k]);
        }
        List<Tensor> g = new ArrayList<>(parameterCount);
        for (Tensor p : theta) {
            g.add(Tensor.zeros(p.dtype(), p.shape()));
        }
        State z = packing.state(output, last);
        State a = packing.state(grad, last);
        double[] timeGrad = timeInput ? new double[t.length] : null;
        AugmentedDynamics augmented = new AugmentedDynamics(f, parts, theta);
        for (int i = last; i > 0; i--) {
            if (timeGrad != null) {
                timeGrad[i] = dot(packing.state(grad, i), f.derivative(t[i], packing.state(output, i)));
                backwardStats.record(1, 0, 0);
            }
            double[] segment = checkpoints == null ? new double[] {t[i], t[i - 1]} : checkpoints.segmentsBackwards(i);
            for (int s = 0; s + 1 < segment.length; s++) {
                if (checkpoints != null) {
                    z = checkpoints.stateAt(segment[s], z);
                }
                State aug = solveBack(augmented, AugmentedDynamics.augment(z, a, g), segment[s], segment[s + 1]);
                z = slice(aug, 0, parts);
                a = slice(aug, parts, 2 * parts);
                g = new ArrayList<>(parameterCount);
                for (int q = 0; q < parameterCount; q++) {
                    g.add(aug.part(2 * parts + q));
                }
            }
            a = plus(a, packing.state(grad, i - 1));
        }
        State z0 = State.of(java.util.Arrays.copyOf(inputs, parts));
        recordReconstruction(z, z0);
        Tensor[] result = new Tensor[inputs.length];
        State aTotal = a;
        for (int p = 0; p < parts; p++) {
            result[p] = aTotal.part(p);
        }
        for (int k = 0; k < parameterCount; k++) {
            result[parts + k] = g.get(k);
        }
        if (timeGrad != null) {
            State aExcludingT0 = minus(aTotal, packing.state(grad, 0));
            timeGrad[0] = -dot(aExcludingT0, f.derivative(t[0], z0));
            backwardStats.record(1, 0, 0);
            result[inputs.length - 1] = Tensor.fromValues(timeGrad, inputs[inputs.length - 1].dtype(), t.length);
        }
        backwardStats.markDone();
        return result;
    }

    private State solveBack(AugmentedDynamics augmented, State aug, double from, double to) {
        Solution s = backwardSolver.solve(augmented, aug, TimeGrid.of(from, to));
        Stats st = s.stats();
        backwardStats.record(st.nfe(), st.acceptedSteps(), st.rejectedSteps());
        return s.state(1);
    }

    private void recordReconstruction(State reconstructed, State z0) {
        double worst = 0;
        double scale = 0;
        for (int p = 0; p < z0.size(); p++) {
            double[] r = reconstructed.part(p).toDoubleArray();
            double[] z = z0.part(p).toDoubleArray();
            for (int i = 0; i < z.length; i++) {
                worst = Math.max(worst, Math.abs(r[i] - z[i]));
                scale = Math.max(scale, Math.abs(z[i]));
            }
        }
        backwardStats.reconstruction(worst, worst / (scale > 0 ? scale : 1.0));
    }

    private static State slice(State s, int from, int to) {
        Tensor[] parts = new Tensor[to - from];
        for (int p = from; p < to; p++) {
            parts[p - from] = s.part(p);
        }
        return State.of(parts);
    }

    private static State plus(State a, State b) {
        Tensor[] parts = new Tensor[a.size()];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = a.part(p).add(b.part(p));
        }
        return State.of(parts);
    }

    private static State minus(State a, State b) {
        Tensor[] parts = new Tensor[a.size()];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = a.part(p).sub(b.part(p));
        }
        return State.of(parts);
    }

    private static double dot(State a, State b) {
        double sum = 0;
        for (int p = 0; p < a.size(); p++) {
            sum += a.part(p).mul(b.part(p)).sum().item();
        }
        return sum;
    }

    /** The seminorm of the augmented state: error control over z and a only. */
    static ErrorNorm seminorm(int stateParts, int parameterCount) {
        int[] ignored = new int[parameterCount];
        for (int k = 0; k < parameterCount; k++) {
            ignored[k] = 2 * stateParts + k;
        }
        return ErrorNorm.mixedRms().ignoring(ignored);
    }
}
