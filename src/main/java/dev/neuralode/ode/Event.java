package dev.neuralode.ode;

/**
 * An event: a sign change of {@code g(t, y)} along the solution. After every accepted step the solver
 * compares the sign of g at both ends; on a change it finds the root on the step's dense output (no
 * further evaluations of the dynamics) to within {@code tolerance} in time. A terminal event ends the
 * solve there. Two sign changes within one step cancel out and are missed, as in every step-wise
 * event locator; bound the step size if that matters.
 *
 * @param function g
 * @param direction which crossings count
 * @param terminal whether the solve stops at the first crossing
 * @param tolerance the width of the final time bracket around the root
 */
public record Event(EventFunction function, Direction direction, boolean terminal, double tolerance) {

    /** Which sign changes of g count. */
    public enum Direction {
        /** From negative to positive. */
        RISING,
        /** From positive to negative. */
        FALLING,
        /** Either. */
        EITHER
    }

    public Event {
        if (function == null || direction == null) {
            throw new IllegalArgumentException("an event needs a function and a direction");
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("the event tolerance must be positive, was " + tolerance);
        }
    }

    /** A non-terminal event on any sign change, located to 1e-12 in time. */
    public static Event when(EventFunction g) {
        return new Event(g, Direction.EITHER, false, 1e-12);
    }

    public Event asTerminal() {
        return new Event(function, direction, true, tolerance);
    }

    public Event rising() {
        return new Event(function, Direction.RISING, terminal, tolerance);
    }

    public Event falling() {
        return new Event(function, Direction.FALLING, terminal, tolerance);
    }

    public Event withTolerance(double tolerance) {
        return new Event(function, direction, terminal, tolerance);
    }

    /** Whether a change from {@code before} to {@code after} is a crossing this event counts. */
    boolean crosses(double before, double after) {
        boolean rising = before < 0 && after >= 0;
        boolean falling = before > 0 && after <= 0;
        return switch (direction) {
            case RISING -> rising;
            case FALLING -> falling;
            case EITHER -> rising || falling;
        };
    }
}
