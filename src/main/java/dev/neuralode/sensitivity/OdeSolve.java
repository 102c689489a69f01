package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.ErrorNorm;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.StepObserver;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.ode.Tolerances;
import java.util.ArrayList;
import java.util.List;

/**
 * Solves an ODE so that a loss on its solution can be backpropagated, with the gradient computed as
 * the given {@link Sensitivity} says: to the initial state, to every parameter of the dynamics and,
 * for the adjoint methods, to the output times.
 *
 * <pre>{@code
 * GradientSolution s = OdeSolve.solve(Odeint.with("dopri5").tolerances(1e-5, 1e-5), Sensitivity.adjoint(),
 *         ParametricDynamics.of(f, module.parameterTensors()), State.of(z0), TimeGrid.of(0, 1));
 * Tensor loss = s.tensor(1).square().sum();
 * loss.backward();                      // runs the backward solve
 * int nfeBackward = s.backwardStats().nfe();
 * }</pre>
 *
 * <p>The backward solve of the adjoint methods can be watched with a {@link StepObserver} (the
 * overload with {@code backwardObserver}): it sees every attempted backward step and the augmented
 * state {@code [z, a, dL/dtheta]} the solver continues from, so the state parts come first and
 * {@code state.part(p)} for {@code p < y0.size()} is the backward reconstruction of {@code z} at
 * {@code step.t() + step.dt()} after an accepted step. That reconstruction drifts from the forward
 * solution on dynamics that contract forwards (Gholami et al., 2019, ANODE, section 3); the
 * checkpointed adjoint restarts it from stored forward states (Zhuang et al., 2020, ACA). Without an
 * observer nothing is recorded.
 */
public final class OdeSolve {

    private OdeSolve() {
    }

    public static GradientSolution solve(Odeint solver, Sensitivity sensitivity, ParametricDynamics f, State y0,
            TimeGrid times) {
        return solve(solver, sensitivity, f, y0, times, null);
    }

    /**
     * @param timeTensor the output times as a float64 tensor of shape (T) that requires a gradient, or
     *     null; only the adjoint methods differentiate with respect to it
     */
    public static GradientSolution solve(Odeint solver, Sensitivity sensitivity, ParametricDynamics f, State y0,
            TimeGrid times, Tensor timeTensor) {
        return solve(solver, sensitivity, f, y0, times, timeTensor, null);
    }

    /**
     * @param timeTensor as in {@link #solve(Odeint, Sensitivity, ParametricDynamics, State, TimeGrid, Tensor)}
     * @param backwardObserver called on every attempted step of the adjoint's backward solves with the
     *     augmented state (the parts of z first, then their adjoints, then one part per parameter), or
     *     null; direct backpropagation has no backward solve, so it refuses an observer
     */
    public static GradientSolution solve(Odeint solver, Sensitivity sensitivity, ParametricDynamics f, State y0,
            TimeGrid times, Tensor timeTensor, StepObserver backwardObserver) {
        if (solver == null || sensitivity == null || f == null || y0 == null || times == null) {
            throw new IllegalArgumentException("solve needs a solver, a sensitivity, the dynamics, y0 and the times");
        }
        if (sensitivity instanceof Sensitivity.Direct) {
            if (timeTensor != null) {
                throw new IllegalArgumentException("gradients with respect to the output times come from the adjoint"
                        + " methods; use Sensitivity.adjoint() or pass no time tensor");
            }
            if (backwardObserver != null) {
                throw new IllegalArgumentException("direct backpropagation replays the tape and has no backward solve to"
                        + " observe; pass no backward observer, or use an adjoint method");
            }
            return GradientSolution.ofDirect(solver.solve(f, y0, times));
        }
        boolean seminorm = sensitivity instanceof Sensitivity.Adjoint adj ? adj.seminorm()
                : ((Sensitivity.CheckpointedAdjoint) sensitivity).seminorm();
        int checkpoints = sensitivity instanceof Sensitivity.CheckpointedAdjoint c ? c.perInterval() : -1;
        List<Tensor> parameters = f.parameters();
        Odeint backward = backwardSolver(solver, sensitivity, y0.size(), parameters.size(), seminorm)
                .observer(backwardObserver);
        boolean timeInput = timeTensor != null;
        if (timeInput && (timeTensor.rank() != 1 || timeTensor.size(0) != times.size())) {
            throw new IllegalArgumentException("the time tensor must have shape [" + times.size() + "], was "
                    + java.util.Arrays.toString(timeTensor.shape()));
        }
        AdjointOp op = new AdjointOp(solver, backward, f, times, y0, parameters.size(), timeInput, checkpoints);
        List<Tensor> inputs = new ArrayList<>();
        for (int p = 0; p < y0.size(); p++) {
            inputs.add(y0.part(p));
        }
        inputs.addAll(parameters);
        if (timeInput) {
            inputs.add(timeTensor);
        }
        Tensor packed = op.apply(inputs.toArray(Tensor[]::new));
        return GradientSolution.ofPacked(times.times(), packed, op.packing(), op.forwardStats(), op.backwardStats(),
                op.checkpointBytes());
    }

    /** The backward solve: the forward method, the adjoint's tolerances (default: forward's), torchdiffeq's norm. */
    private static Odeint backwardSolver(Odeint forward, Sensitivity s, int stateParts, int parameterCount, boolean seminorm) {
        double rtol = s instanceof Sensitivity.Adjoint a ? a.rtol() : Double.NaN;
        double atol = s instanceof Sensitivity.Adjoint a ? a.atol() : Double.NaN;
        Tolerances forwardTolerances = forward.tolerances();
        Odeint backward = forward.observer(null).events();
        if (!Double.isNaN(rtol)) {
            backward = backward.tolerances(rtol, atol);
        } else if (!forwardTolerances.isScalar()) {
            throw new IllegalArgumentException("the forward solve has per-part tolerances, which do not fit the adjoint's"
                    + " augmented state; give the adjoint scalar ones with Sensitivity.adjoint().withTolerances(rtol, atol)");
        }
        ErrorNorm norm = seminorm ? AdjointOp.seminorm(stateParts, parameterCount) : ErrorNorm.mixedRms();
        return backward.norm(norm);
    }
}
