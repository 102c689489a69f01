package dev.neuralode.ode;

/** More attempted steps than {@link StepOptions#maxSteps()} allows. */
public final class TooManyStepsException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    private final int maxSteps;

    public TooManyStepsException(double time, int maxSteps, String detail) {
        // Named without Java API names, since this reaches users of the window and the command line
        // (the limit is StepOptions.maxSteps, and --max-steps where a command offers it).
        super("the solver reached its limit of " + maxSteps + " steps at t=" + time + detail, "the dynamics have become too"
                + " hard to follow at these tolerances (the NFE is growing); allow more steps, loosen the tolerances, regularise the"
                + " dynamics, or lower the learning rate if the loss was rising", time);
        this.maxSteps = maxSteps;
    }

    public int maxSteps() {
        return maxSteps;
    }
}
