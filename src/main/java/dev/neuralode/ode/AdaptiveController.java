package dev.neuralode.ode;

/**
 * Adaptive step-size control from an embedded error estimate. The controller itself is an immutable
 * configuration; {@link #start} makes the per-solve control loop, which may remember past errors.
 */
public non-sealed interface AdaptiveController extends StepSizeController {

    /**
     * A fresh control loop for one solve.
     *
     * @param errorOrder {@code q} of the method: the local error estimate behaves as {@code h^q}
     */
    Loop start(int errorOrder);

    /** The decisions of one solve. Error ratios are {@code norm(err / (atol + rtol * |y|))}. */
    interface Loop {

        /** Whether a step with this error ratio is accepted. */
        boolean accept(double errorRatio);

        /** The size of the next step after a step of size {@code dt} with this error ratio. */
        double nextStep(double dt, double errorRatio, boolean accepted);
    }
}
