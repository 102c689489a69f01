package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.BackwardStats;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;
import dev.neuralode.sensitivity.Sensitivity;
import java.util.ArrayList;
import java.util.List;

/**
 * How a latent ODE solves its initial value problems, and so how gradients reach the dynamics'
 * parameters: every solve of the models in this package goes through {@link #trajectory}, with the
 * solver configuration and the {@link Sensitivity} (direct backpropagation, the adjoint, the
 * checkpointed adjoint) chosen once here.
 */
public record TrajectorySolver(Odeint odeint, Sensitivity sensitivity) {

    public TrajectorySolver {
        if (odeint == null || sensitivity == null) {
            throw new IllegalArgumentException("give the solver configuration and the sensitivity method, such as"
                    + " Odeint.with(\"dopri5\") and Sensitivity.direct()");
        }
    }

    /** Backpropagation through the operations of {@code odeint}'s solver (torchdiffeq's {@code odeint}). */
    public static TrajectorySolver direct(Odeint odeint) {
        return new TrajectorySolver(odeint, Sensitivity.direct());
    }

    /** The adjoint method with torchdiffeq's defaults (torchdiffeq's {@code odeint_adjoint}). */
    public static TrajectorySolver adjoint(Odeint odeint) {
        return new TrajectorySolver(odeint, Sensitivity.adjoint());
    }

    /**
     * The states at strictly increasing {@code times} for the state {@code y0} at t = 0. Times
     * before 0 are reached by solving backwards from 0 (extrapolation back in time), times after 0
     * by solving forwards; a time equal to 0 gives {@code y0} itself.
     *
     * @throws IllegalArgumentException when the times are empty or not strictly increasing
     */
    public Trajectory trajectory(ParametricDynamics f, State y0, double[] times) {
        if (times == null || times.length == 0) {
            throw new IllegalArgumentException("a trajectory needs at least one time");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("trajectory times must increase strictly, but t[" + i + "] = " + times[i]
                        + " follows " + times[i - 1] + "; sort them and drop repeats");
            }
        }
        int negatives = 0;
        while (negatives < times.length && times[negatives] < 0) {
            negatives++;
        }
        Tensor[][] pieces = new Tensor[y0.size()][];
        for (int p = 0; p < pieces.length; p++) {
            pieces[p] = new Tensor[2];
        }
        int nfe = 0;
        List<BackwardStats> backward = new ArrayList<>();
        if (negatives > 0) {
            // One solve from 0 down through the negative times; its rows after the first, reversed.
            double[] back = new double[negatives + 1];
            int[] reversed = new int[negatives];
            for (int k = 0; k < negatives; k++) {
                back[k + 1] = times[negatives - 1 - k];
                reversed[k] = negatives - k;
            }
            GradientSolution s = OdeSolve.solve(odeint, sensitivity, f, y0, TimeGrid.of(back));
            nfe += s.forwardStats().nfe();
            backward.add(s.backwardStats());
            for (int p = 0; p < pieces.length; p++) {
                pieces[p][0] = s.stacked(p).select(0, reversed);
            }
        }
        if (negatives < times.length) {
            boolean startsAtZero = times[negatives] == 0.0;
            int offset = startsAtZero ? 0 : 1;
            double[] ahead = new double[times.length - negatives + offset];
            System.arraycopy(times, negatives, ahead, offset, times.length - negatives);
            if (ahead.length > 1) {
                GradientSolution s = OdeSolve.solve(odeint, sensitivity, f, y0, TimeGrid.of(ahead));
                nfe += s.forwardStats().nfe();
                backward.add(s.backwardStats());
                for (int p = 0; p < pieces.length; p++) {
                    Tensor all = s.stacked(p);
                    pieces[p][1] = offset == 0 ? all : all.slice(0, 1, ahead.length);
                }
            } else {
                for (int p = 0; p < pieces.length; p++) {
                    Tensor only = y0.part(p);
                    long[] shape = new long[only.rank() + 1];
                    shape[0] = 1;
                    System.arraycopy(only.shape(), 0, shape, 1, only.rank());
                    pieces[p][1] = only.reshape(shape);
                }
            }
        }
        Tensor[] stacked = new Tensor[pieces.length];
        for (int p = 0; p < stacked.length; p++) {
            stacked[p] = pieces[p][0] == null ? pieces[p][1] : pieces[p][1] == null ? pieces[p][0]
                    : Tensor.concat(0, pieces[p][0], pieces[p][1]);
        }
        return new Trajectory(times.clone(), stacked, nfe, List.copyOf(backward));
    }

    /**
     * Each state part at every time, {@code (T, ...)}, the evaluations of the dynamics the solves took,
     * and the statistics their backward passes fill in.
     */
    public record Trajectory(double[] times, Tensor[] parts, int nfe, List<BackwardStats> backward) {

        /** Evaluations in the backward passes so far (0 before backpropagation and for direct backpropagation). */
        public int backwardNfe() {
            return backward.stream().mapToInt(BackwardStats::nfe).sum();
        }

        /** Part {@code p} of the state along a leading time axis: {@code (T, ...)}. */
        public Tensor stacked(int p) {
            return parts[p];
        }
    }
}
