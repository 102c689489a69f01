package dev.neuralode.ode;

/**
 * Options of an adaptive solve, with torchdiffeq's meaning:
 *
 * <ul>
 *   <li>{@code firstStep}: the size of the first step; NaN selects it automatically (Hairer,
 *       Norsett and Wanner, Solving ODEs I, section II.4);
 *   <li>{@code minStep}, {@code maxStep}: bounds on every step size, the first one included;
 *   <li>{@code maxSteps}: the most attempted steps (accepted plus rejected) in one solve;
 *   <li>{@code stepT}: times the solver must step to exactly (the dynamics is non-smooth there);
 *   <li>{@code jumpT}: like {@code stepT}, and the dynamics jumps there, so the derivative is
 *       evaluated again just after the time instead of reusing the one from just before.
 * </ul>
 *
 * Step and jump times are in the same time units as the output times; those outside the integration
 * interval are ignored.
 */
public record StepOptions(double firstStep, double minStep, double maxStep, int maxSteps, double[] stepT, double[] jumpT) {

    /** Automatic first step, no bounds on the step size, at most 100 000 steps, no grid constraints. */
    public static final StepOptions DEFAULT = new StepOptions(Double.NaN, 0.0, Double.POSITIVE_INFINITY, 100_000,
            new double[0], new double[0]);

    public StepOptions {
        if (!Double.isNaN(firstStep) && !(firstStep > 0 && Double.isFinite(firstStep))) {
            throw new IllegalArgumentException("firstStep must be a positive finite step size (or NaN for automatic),"
                    + " was " + firstStep);
        }
        if (!(minStep >= 0) || !Double.isFinite(minStep)) {
            throw new IllegalArgumentException("minStep must be finite and >= 0, was " + minStep);
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be positive, was " + maxStep);
        }
        if (minStep > maxStep) {
            throw new IllegalArgumentException("minStep " + minStep + " is larger than maxStep " + maxStep);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, was " + maxSteps);
        }
        stepT = sortedCopy("stepT", stepT);
        jumpT = sortedCopy("jumpT", jumpT);
        for (double s : stepT) {
            if (java.util.Arrays.binarySearch(jumpT, s) >= 0) {
                throw new InvalidTimeGridException("stepT and jumpT share the time " + s + ": list it only in jumpT if"
                        + " the dynamics jumps there, else only in stepT", s);
            }
        }
    }

    private static double[] sortedCopy(String name, double[] t) {
        if (t == null) {
            return new double[0];
        }
        double[] s = t.clone();
        java.util.Arrays.sort(s);
        for (int i = 0; i < s.length; i++) {
            if (!Double.isFinite(s[i]) || i > 0 && s[i] == s[i - 1]) {
                throw new InvalidTimeGridException(name + " must hold distinct finite times, found " + s[i], s[i]);
            }
        }
        return s;
    }

    public StepOptions withFirstStep(double firstStep) {
        return new StepOptions(firstStep, minStep, maxStep, maxSteps, stepT, jumpT);
    }

    public StepOptions withMinStep(double minStep) {
        return new StepOptions(firstStep, minStep, maxStep, maxSteps, stepT, jumpT);
    }

    public StepOptions withMaxStep(double maxStep) {
        return new StepOptions(firstStep, minStep, maxStep, maxSteps, stepT, jumpT);
    }

    public StepOptions withMaxSteps(int maxSteps) {
        return new StepOptions(firstStep, minStep, maxStep, maxSteps, stepT, jumpT);
    }

    public StepOptions withStepT(double... stepT) {
        return new StepOptions(firstStep, minStep, maxStep, maxSteps, stepT, jumpT);
    }

    public StepOptions withJumpT(double... jumpT) {
        return new StepOptions(firstStep, minStep, maxStep, maxSteps, stepT, jumpT);
    }

    /** A sorted copy of the step times. */
    @Override
    public double[] stepT() {
        return stepT.clone();
    }

    /** A sorted copy of the jump times. */
    @Override
    public double[] jumpT() {
        return jumpT.clone();
    }
}
