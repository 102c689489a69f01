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
 */
public record TrainingSnapshot(long iteration, double loss, int nfeForward, int nfeBackward, double seconds,
                               double elapsedSeconds, StepTrace trace, Status status, String message) {

    /** Where a session is. */
    public enum Status { RUNNING, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
