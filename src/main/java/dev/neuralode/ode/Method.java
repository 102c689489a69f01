package dev.neuralode.ode;

/**
 * An ODE integration method: an explicit Runge-Kutta tableau ({@link RungeKuttaMethod}) or an Adams
 * multistep method ({@link AdamsMethod}). {@link Methods} holds torchdiffeq's set by name.
 */
public sealed interface Method permits RungeKuttaMethod, AdamsMethod {

    /** The name torchdiffeq uses, such as {@code dopri5}. */
    String name();

    /** The order of the solution: the global error is {@code O(h^order)}. */
    int order();

    /** Whether the method estimates its local error, which adaptive step-size control needs. */
    boolean hasErrorEstimate();
}
