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
 * @param message          why it failed and how to fix it, else empty
 * @param heldOutLoss      the loss on held-out data after this iteration (the held-out NLL in nats), or
 *                         NaN when it was not evaluated at this iteration or there is none
 */
public record TrainingSnapshot(long iteration, double loss, int nfeForward, int nfeBackward, double seconds,
                               double elapsedSeconds, StepTrace trace, Status status, String message,
                               double heldOutLoss) {

    /** A snapshot without a held-out loss. */
    public TrainingSnapshot(long iteration, double loss, int nfeForward, int nfeBackward, double seconds,
            double elapsedSeconds, StepTrace trace, Status status, String message) {
        this(iteration, loss, nfeForward, nfeBackward, seconds, elapsedSeconds, trace, status, message, Double.NaN);
    }

    /** Where a session is. */
    public enum Status { RUNNING, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
