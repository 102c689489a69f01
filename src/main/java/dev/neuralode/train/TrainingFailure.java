package dev.neuralode.train;

/**
 * An iteration that could not complete: a non-finite loss, a step-size underflow, too many steps.
 * The message names the symptom and the remedies; the session keeps its last good state.
 */
public final class TrainingFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrainingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
