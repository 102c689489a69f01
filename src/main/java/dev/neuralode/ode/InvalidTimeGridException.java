package dev.neuralode.ode;

/** Output times (or step/jump times) that are not finite or not strictly monotone. */
public final class InvalidTimeGridException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    public InvalidTimeGridException(String message, double time) {
        super(message, time);
    }
}
