package dev.neuralode.lab;

import java.util.List;

/**
 * One concrete initial value problem of the lab: {@code dy/dt = f(t, y)}, {@code y(t0) = y0} on
 * {@code [t0, t1]}, with what the lab knows about it.
 *
 * @param title what the window and the command line call it, with its parameter values
 * @param variables the names of the components, such as {@code x, v}
 * @param t0 the start time
 * @param t1 the end time
 * @param y0 the initial state
 * @param f the right-hand side
 * @param exact the closed-form solution, or null (then the reference is dopri8 at 1e-13)
 * @param bounce a terminal event with a reset map, or null
 * @param invariants conserved quantities whose drift is shown
 * @param lambda for the linear test equation {@code y' = lambda y}: the real and imaginary part of
 *     lambda, so that each step's {@code h lambda} can be drawn on the stability region; else null
 * @param twin a second start close to {@code y0}, solved beside it to show sensitive dependence on
 *     the initial state (Lorenz), or null
 */
public record OdeSystem(String title, List<String> variables, double t0, double t1, double[] y0, Rhs f,
        ClosedForm exact, Bounce bounce, List<Invariant> invariants, double[] lambda, double[] twin) {

    public OdeSystem {
        if (variables.size() != y0.length || !(t1 > t0) || !Double.isFinite(t1)) {
            throw new IllegalArgumentException("problem " + title + ": " + variables.size() + " variable names for a state"
                    + " of " + y0.length + ", or an interval [" + t0 + ", " + t1 + "] that is not forward and finite");
        }
        variables = List.copyOf(variables);
        invariants = List.copyOf(invariants);
        y0 = y0.clone();
        if (twin != null && twin.length != y0.length) {
            throw new IllegalArgumentException("problem " + title + ": the twin start has " + twin.length
                    + " components, the state " + y0.length);
        }
    }

    /** A problem without events, invariants or a linear-test lambda. */
    public static OdeSystem of(String title, List<String> variables, double t0, double t1, double[] y0, Rhs f,
            ClosedForm exact) {
        return new OdeSystem(title, variables, t0, t1, y0, f, exact, null, List.of(), null, null);
    }

    public int dimension() {
        return y0.length;
    }

    @Override
    public double[] y0() {
        return y0.clone();
    }

    @Override
    public double[] twin() {
        return twin == null ? null : twin.clone();
    }

    /** The same problem with another initial state (for batches of initial conditions). */
    public OdeSystem withInitialState(double[] start) {
        return new OdeSystem(title, variables, t0, t1, start, f, exact, bounce, invariants, lambda, twin);
    }

    /** The same problem with another end time. */
    public OdeSystem withEnd(double end) {
        return new OdeSystem(title, variables, t0, end, y0, f, exact, bounce, invariants, lambda, twin);
    }
}
