package dev.neuralode.ode;

/**
 * The error ratio of an embedded Runge-Kutta step, torchdiffeq's {@code _compute_error_ratio}:
 *
 * <pre>
 *   err = h sum_i (b_i - bHat_i) k_i,    r = norm(err / (atol + rtol * max(|y0|, |y1|)))
 * </pre>
 *
 * computed on the host from detached values, so neither the estimate nor the step-size decision is
 * recorded on the tape. As in torchdiffeq the arithmetic is rounded to the state's dtype (float32
 * ratios decide float32 steps).
 */
final class ErrorRatio {

    private final ButcherTableau tableau;
    private final double[] weights;
    private final int[] stages;
    private final Tolerances tolerances;
    private final ErrorNorm norm;
    private final Precision precision;
    private final double[][] y0;
    private final double[][] y1;
    private final double[][] k;
    private final double[][] scaled;

    ErrorRatio(ButcherTableau tableau, Tolerances tolerances, ErrorNorm norm, Precision precision, State template) {
        this.tableau = tableau;
        this.weights = tableau.errorWeights();
        int n = 0;
        for (double w : weights) {
            n += w != 0 ? 1 : 0;
        }
        this.stages = new int[n];
        for (int i = 0, j = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                stages[j++] = i;
            }
        }
        this.tolerances = tolerances;
        this.norm = norm;
        this.precision = precision;
        this.y0 = HostArrays.buffersFor(template);
        this.y1 = HostArrays.buffersFor(template);
        this.k = HostArrays.buffersFor(template);
        this.scaled = HostArrays.buffersFor(template);
    }

    /**
     * The ratio of a step; {@code r <= 1} means the error is within tolerance.
     *
     * @throws NonFiniteValueException when the new state or the error estimate is not finite
     */
    double of(RungeKuttaStepper.Step step, String method) {
        HostArrays.read(step.y0(), y0);
        HostArrays.read(step.y1(), y1);
        boolean finite = HostArrays.allFinite(y1);
        for (int p = 0; p < scaled.length && finite; p++) {
            double[] err = scaled[p];
            java.util.Arrays.fill(err, 0.0);
            for (int i : stages) {
                double w = precision.round(step.h() * weights[i]);
                HostArrays.read(step.k()[i].part(p), k[p]);
                double[] ki = k[p];
                for (int e = 0; e < err.length; e++) {
                    err[e] += w * ki[e];
                }
            }
            finite = scale(err, y0[p], y1[p], precision.round(tolerances.rtol(p)), precision.round(tolerances.atol(p)));
        }
        if (!finite) {
            throw Finiteness.diagnose(step.k(), tableau.c(), step.t0(), step.h(), step.t1(), k, method);
        }
        return precision.round(norm.of(scaled));
    }

    /** Replaces err by err / tol in place; false when a value is not finite. */
    private boolean scale(double[] err, double[] a, double[] b, double rtol, double atol) {
        boolean finite = true;
        for (int e = 0; e < err.length; e++) {
            double v = precision.round(err[e]);
            double tol = precision.round(atol + precision.round(rtol * Math.max(Math.abs(a[e]), Math.abs(b[e]))));
            finite &= Double.isFinite(v);
            err[e] = v == 0 ? 0 : precision.round(v / tol);
        }
        return finite;
    }
}
