package dev.neuralode.ode;

/** An adaptive step-size controller paired with a method that has no embedded error estimate. */
public final class MissingErrorEstimateException extends OdeSolveException {

    private static final long serialVersionUID = 1L;

    public MissingErrorEstimateException(String methodName) {
        super(displayName(methodName) + " has no error estimate: use a fixed step or an embedded solver such as dopri5",
                Double.NaN);
    }

    private static String displayName(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
