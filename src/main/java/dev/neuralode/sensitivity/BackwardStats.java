package dev.neuralode.sensitivity;

/**
 * What the backward pass of one solve did, filled in when the loss is backpropagated: function
 * evaluations and steps of the backward solves (0 for direct backpropagation, which replays the
 * tape instead), and for the adjoint methods the reconstruction error: how far the backward-solved
 * {@code z(t0)} lies from the true {@code z0}, as the largest absolute difference and relative to
 * the largest |z0|. The explorer's "adjoint truth" view draws it.
 */
public final class BackwardStats {

    private volatile boolean done;
    private volatile int nfe;
    private volatile int acceptedSteps;
    private volatile int rejectedSteps;
    private volatile double reconstructionError = Double.NaN;
    private volatile double relativeReconstructionError = Double.NaN;

    /** Whether a backward pass has run. */
    public boolean done() {
        return done;
    }

    public int nfe() {
        return nfe;
    }

    public int acceptedSteps() {
        return acceptedSteps;
    }

    public int rejectedSteps() {
        return rejectedSteps;
    }

    /** {@code max |z_backward(t0) - z0|}, NaN when not measured (direct backpropagation). */
    public double reconstructionError() {
        return reconstructionError;
    }

    /** The reconstruction error divided by {@code max |z0|} (or by 1 when z0 is 0). */
    public double relativeReconstructionError() {
        return relativeReconstructionError;
    }

    void record(int addNfe, int addAccepted, int addRejected) {
        nfe += addNfe;
        acceptedSteps += addAccepted;
        rejectedSteps += addRejected;
        done = true;
    }

    void reconstruction(double absolute, double relative) {
        reconstructionError = absolute;
        relativeReconstructionError = relative;
        done = true;
    }

    void markDone() {
        done = true;
    }

    @Override
    public String toString() {
        return "BackwardStats[nfe=" + nfe + ", accepted=" + acceptedSteps + ", rejected=" + rejectedSteps
                + ", reconstruction=" + reconstructionError + "]";
    }
}
