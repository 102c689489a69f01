package dev.neuralode.ode;

/**
 * A problem found by the ODE solver. Every subclass names what went wrong and how to fix it, and
 * carries the time at which it happened ({@link Double#NaN} when it was found before integration
 * started, such as an unknown method name).
 */
public abstract class OdeSolveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final double time;
    private final String symptom;

    protected OdeSolveException(String message, double time) {
        super(message);
        this.time = time;
        this.symptom = message;
    }

    /** A problem whose message is {@code symptom: remedy}; a trainer may keep the symptom and give its own remedy. */
    protected OdeSolveException(String symptom, String remedy, double time) {
        super(symptom + ": " + remedy);
        this.time = time;
        this.symptom = symptom;
    }

    /**
     * What went wrong, without the remedy: a training session, which knows its settings by the names
     * its front end uses (a flag, a control), words the remedy itself.
     */
    public String symptom() {
        return symptom;
    }

    /** The time at which the problem happened, or NaN when it does not belong to a time. */
    public double time() {
        return time;
    }
}
