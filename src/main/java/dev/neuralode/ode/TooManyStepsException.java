package dev.neuralode.ode;

/** More attempted steps than {@link StepOptions#maxSteps()} allows. */
public final class TooManyStepsException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    private final int maxSteps;

    public TooManyStepsException(double time, int maxSteps, String detail) {
        super("max steps exceeded: " + maxSteps + " steps reached t=" + time + detail + "; raise maxSteps in"
                + " StepOptions, loosen the tolerances, or regularise the dynamics (the NFE is growing)", time);
        this.maxSteps = maxSteps;
    }

    public int maxSteps() {
        return maxSteps;
    }
}
