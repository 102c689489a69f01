package dev.neuralode.ode;

/**
 * Fixed steps: either a uniform grid of about {@code step} (the interval is split into
 * {@code n = ceil(|t_end - t_start| / step)} equal steps, so that multistep methods see a uniform grid)
 * or, with {@link #atOutputTimes()}, one step between consecutive output times (torchdiffeq's default
 * for fixed-step methods). Outputs that fall inside a step are interpolated, linearly by default as
 * torchdiffeq does, or with the method's dense output.
 *
 * @param step the step size, or NaN to step between output times
 * @param interpolation how outputs inside a step are computed
 */
public record FixedStep(double step, Interpolation interpolation) implements StepSizeController {

    /** How outputs inside a step are computed. */
    public enum Interpolation {
        /** Straight line between the step's end points (torchdiffeq's default). */
        LINEAR,
        /**
         * The method's own interpolant: the cubic Hermite through both ends and their derivatives
         * for the classical methods and Adams, each adaptive method's dense output otherwise.
         */
        DENSE
    }

    public FixedStep {
        if (!Double.isNaN(step) && !(step > 0 && Double.isFinite(step))) {
            throw new IllegalArgumentException("the fixed step must be positive and finite, was " + step);
        }
        if (interpolation == null) {
            throw new IllegalArgumentException("interpolation must not be null");
        }
    }

    /** Uniform steps of about {@code step}, outputs interpolated linearly. */
    public static FixedStep of(double step) {
        return new FixedStep(step, Interpolation.LINEAR);
    }

    /** One step between consecutive output times. */
    public static FixedStep atOutputTimes() {
        return new FixedStep(Double.NaN, Interpolation.LINEAR);
    }

    public FixedStep withInterpolation(Interpolation interpolation) {
        return new FixedStep(step, interpolation);
    }

    /** Whether the grid is the output times. */
    public boolean isAtOutputTimes() {
        return Double.isNaN(step);
    }
}
