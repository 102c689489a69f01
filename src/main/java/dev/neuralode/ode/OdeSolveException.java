package dev.neuralode.ode;

/**
 * A problem found by the ODE solver. Every subclass names what went wrong and how to fix it, and
 * carries the time at which it happened ({@link Double#NaN} when it was found before integration
 * started, such as an unknown method name).
 */
public abstract class OdeSolveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final double time;

    protected OdeSolveException(String message, double time) {
        super(message);
        this.time = time;
    }

    /** The time at which the problem happened, or NaN when it does not belong to a time. */
    public double time() {
        return time;
    }
}
