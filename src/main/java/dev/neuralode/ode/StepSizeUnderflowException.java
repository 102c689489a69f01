package dev.neuralode.ode;

/** The step size became too small to make progress (or fell to the minimum step and still failed). */
public final class StepSizeUnderflowException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    private final double stepSize;

    public StepSizeUnderflowException(double time, double stepSize, String reason) {
        super("step size underflow at t=" + time + ": dt=" + stepSize + " " + reason, "loosen the tolerances (rtol,"
                + " atol), regularise the dynamics (it may be stiff or blow up here), or use a fixed step", time);
        this.stepSize = stepSize;
    }

    /** The step size that failed. */
    public double stepSize() {
        return stepSize;
    }
}
