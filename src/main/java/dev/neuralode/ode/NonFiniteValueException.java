package dev.neuralode.ode;

/** A NaN or an infinity in the state or in the derivative returned by the dynamics. */
public final class NonFiniteValueException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    /** Where the value appeared. */
    public enum Where {
        /** The state {@code y} (the initial state or the result of a step). */
        STATE,
        /** The derivative {@code f(t, y)} returned by the dynamics. */
        DERIVATIVE
    }

    private final Where where;

    public NonFiniteValueException(Where where, double time, String context) {
        super((where == Where.STATE ? "the state y" : "the derivative f(t, y)") + " contains NaN or infinity at t="
                + time + context, "check the dynamics for overflow or division by zero (large weights, exp, log of"
                + " non-positive values), lower the learning rate or regularise the dynamics, or use float64", time);
        this.where = where;
    }

    public Where where() {
        return where;
    }
}
