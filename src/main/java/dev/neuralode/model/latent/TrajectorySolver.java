package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a latent ODE solves its initial value problems, and so how gradients reach the dynamics'
 * parameters. Every solve of the models in this package goes through {@link #trajectory}, so the
 * sensitivity method is chosen in one place: {@link #direct} backpropagates through the solver's
 * operations; an adjoint method plugs in as another implementation of {@link #solve} (it receives
 * the dynamics and the initial state and returns a solution whose states carry its gradients).
 */
@FunctionalInterface
public interface TrajectorySolver {

    /** Solves {@code dy/dt = f(t, y)}, {@code y(times[0]) = y0} at the given monotone times. */
    Solution solve(Dynamics f, State y0, TimeGrid times);

    /** Backpropagation through the operations of {@code odeint}'s solver (torchdiffeq's {@code odeint}). */
    static TrajectorySolver direct(Odeint odeint) {
        if (odeint == null) {
            throw new IllegalArgumentException("give the solver configuration, such as Odeint.with(\"dopri5\")");
        }
        return odeint::solve;
    }

    /**
     * The states at strictly increasing {@code times} for the state {@code y0} at t = 0. Times
     * before 0 are reached by solving backwards from 0 (extrapolation back in time), times after 0
     * by solving forwards; a time equal to 0 gives {@code y0} itself.
     *
     * @throws IllegalArgumentException when the times are empty or not strictly increasing
     */
    default Trajectory trajectory(Dynamics f, State y0, double[] times) {
        if (times == null || times.length == 0) {
            throw new IllegalArgumentException("a trajectory needs at least one time");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("trajectory times must increase strictly, but t[" + i + "] = " + times[i]
                        + " follows " + times[i - 1] + "; sort them and drop repeats");
            }
        }
        State[] states = new State[times.length];
        int firstNonNegative = 0;
        while (firstNonNegative < times.length && times[firstNonNegative] < 0) {
            firstNonNegative++;
        }
        int nfe = 0;
        if (firstNonNegative > 0) {
            double[] back = new double[firstNonNegative + 1];
            for (int k = 0; k < firstNonNegative; k++) {
                back[k + 1] = times[firstNonNegative - 1 - k];
            }
            Solution s = solve(f, y0, TimeGrid.of(back));
            nfe += s.stats().nfe();
            for (int k = 0; k < firstNonNegative; k++) {
                states[firstNonNegative - 1 - k] = s.state(k + 1);
            }
        }
        if (firstNonNegative < times.length) {
            int m = times.length - firstNonNegative;
            boolean startsAtZero = times[firstNonNegative] == 0.0;
            int offset = startsAtZero ? 0 : 1;
            double[] ahead = new double[m + offset];
            System.arraycopy(times, firstNonNegative, ahead, offset, m);
            if (ahead.length > 1) {
                Solution s = solve(f, y0, TimeGrid.of(ahead));
                nfe += s.stats().nfe();
                for (int k = offset; k < ahead.length; k++) {
                    states[firstNonNegative + k - offset] = s.state(k);
                }
            } else {
                states[firstNonNegative] = y0;
            }
        }
        return new Trajectory(times.clone(), new ArrayList<>(Arrays.asList(states)), nfe);
    }

    /** The states of a solve at its times, and the evaluations of the dynamics it took. */
    record Trajectory(double[] times, List<State> states, int nfe) {

        /** Part {@code p} of every state stacked along a new leading time axis: {@code (T, ...)}. */
        public Tensor stacked(int p) {
            Tensor[] parts = new Tensor[states.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = states.get(i).part(p);
            }
            return Tensor.stack(0, parts);
        }
    }
}
