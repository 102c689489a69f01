package dev.neuralode.train;

/**
 * What one training iteration did, immutable, for listeners (charts, logs, CSV).
 *
 * @param iteration        1 for the first iteration
 * @param loss             the objective (NLL in nats for {@code mle}, KL estimate for {@code kl})
 * @param nfeForward       function evaluations of the forward solve
 * @param nfeBackward      function evaluations of the backward solve (0 for direct backpropagation)
 * @param seconds          wall time of the iteration
 * @param elapsedSeconds   wall time of all iterations so far
 * @param trace            the forward solve's attempted steps
 * @param status           {@link Status#RUNNING} normally, {@link Status#FAILED} for the iteration that failed
 * @param failure          why it failed and what to change, for each front end to word; null when it did not fail
 * @param heldOutLoss      the loss on held-out data after this iteration (the held-out NLL in nats), or
 *                         NaN when it was not evaluated at this iteration or there is none
 */
public record TrainingSnapshot(long iteration, double loss, int nfeForward, int nfeBackward, double seconds,
                               double elapsedSeconds, StepTrace trace, Status status, Advice failure,
                               double heldOutLoss) {

    /** A snapshot without a held-out loss. */
    public TrainingSnapshot(long iteration, double loss, int nfeForward, int nfeBackward, double seconds,
            double elapsedSeconds, StepTrace trace, Status status, Advice failure) {
        this(iteration, loss, nfeForward, nfeBackward, seconds, elapsedSeconds, trace, status, failure, Double.NaN);
    }

    /** Where a session is. */
    public enum Status { RUNNING, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** Why it failed in plain words, or empty; a front end words it with {@link Advice#render}. */
    public String message() {
        return failure == null ? "" : failure.plain();
    }
}
