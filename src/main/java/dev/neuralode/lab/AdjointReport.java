package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * The adjoint's truth for one problem and horizon T: the gradient of {@code L = sum z(T)^2} with
 * respect to {@code [z(0), theta]} by each method beside a reference, the forward trajectory, and
 * the adjoint's backward reconstruction of {@code z(t)}. Made by {@link AdjointTruth}.
 *
 * @param problem the problem
 * @param values its parameter values, every parameter named
 * @param settings how the methods solved (the reference and the reconstruction's truth use dopri8 at
 *     {@link AdjointTruth#REFERENCE_TOLERANCE})
 * @param horizon T
 * @param labels what each gradient component differentiates by: {@code z0[x]}, ..., then the parameter names
 * @param reference the reference gradient, or null when it could not be computed
 * @param referenceNote how the reference was computed, or why there is none
 * @param times the output times of the trajectory, evenly spaced over [0, T]
 * @param trajectory the forward solution at those times (the reference solve), one row per time
 * @param methods one result per {@link AdjointTruth.Method} computed, in the enum's order
 */
public record AdjointReport(AdjointProblem problem, Map<String, Double> values, SolveSettings settings, double horizon,
        List<String> labels, double[] reference, String referenceNote, double[] times, double[][] trajectory,
        List<MethodResult> methods) {

    public AdjointReport {
        values = Map.copyOf(values);
        labels = List.copyOf(labels);
        methods = List.copyOf(methods);
    }

    /** The result of method m, or null when it was not computed. */
    public MethodResult method(AdjointTruth.Method m) {
        return methods.stream().filter(r -> r.method() == m).findFirst().orElse(null);
    }

    /**
     * One method's gradient and what it cost.
     *
     * @param method the method
     * @param loss L as this method's forward solve computed it
     * @param gradient {@code dL/d[z0, theta]} in the order of the report's labels, or null on failure
     * @param relativeError {@code ||g - g_ref|| / ||g_ref||} (2-norms; the absolute error when the reference
     *     is zero), NaN without a reference or gradient
     * @param forwardNfe evaluations of f in the forward solve (for finite differences: all 2 n solves)
     * @param backwardNfe evaluations in the backward solves (0 for direct backpropagation and finite differences)
     * @param wallNanos wall time of the forward and backward pass, memory measurements excluded
     * @param tapeBytes what the forward pass keeps for the backward pass, exact: the element bytes on the
     *     autodiff tape behind L ({@link dev.neuralode.autodiff.TapeMemory}) plus the checkpointed adjoint's
     *     stored states; 0 for finite differences
     * @param liveBytes the growth of live heap plus native memory over the forward pass after full
     *     collections ({@link dev.neuralode.autodiff.Backend#memory()}), noisy; -1 when not measured
     * @param reconstruction the backward reconstruction of z(t), for the adjoint methods; else null
     * @param failure why the method gave no gradient (the solver's message), or null
     */
    public record MethodResult(AdjointTruth.Method method, double loss, double[] gradient, double relativeError,
            int forwardNfe, int backwardNfe, long wallNanos, long tapeBytes, long liveBytes, Reconstruction reconstruction,
            String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * The adjoint's backward solution of z against the forward one: after every accepted backward step
     * inside [0, T], the reconstructed state, the reference state there and their largest absolute
     * difference (Gholami et al., 2019, ANODE, section 3).
     *
     * @param times the ends of the accepted backward steps, from T towards 0
     * @param states the reconstructed z there
     * @param reference the forward solution there (dopri8 at {@link AdjointTruth#REFERENCE_TOLERANCE})
     * @param error {@code max_i |z_i - z_ref,i|} per time
     * @param errorAtStart {@code max_i |z_backward(0) - z0_i|}, from the backward pass's own statistics
     * @param maxError the largest of the errors and the error at the start
     */
    public record Reconstruction(double[] times, double[][] states, double[][] reference, double[] error,
            double errorAtStart, double maxError) {
    }
}
