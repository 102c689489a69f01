package dev.neuralode.ode;

/**
 * A PID step-size controller (Soderlind, "Digital filters in adaptive time-stepping", ACM TOMS 29
 * (2003)), in diffrax's formulation. With {@code d_n = 1 / r_n} the inverse error ratio of accepted
 * step n and q the error order:
 *
 * <pre>
 *   dt_next = dt * clip(safety * d_n^((i + p + d)/q) * d_{n-1}^(-(p + 2d)/q) * d_{n-2}^(d/q), lo, hi)
 * </pre>
 *
 * with {@code lo = 1, hi = factorMax} after an accepted step ({@code r < 1}) and {@code lo = factorMin,
 * hi = safety} after a rejected one. The defaults ({@code p = 0, i = 1, d = 0}) make it an integral
 * controller; diffrax suggests {@code p = 0.3, i = 0.3} ({@link #pi()}) for harder problems.
 *
 * @param pcoeff proportional coefficient
 * @param icoeff integral coefficient
 * @param dcoeff derivative coefficient
 * @param safety safety factor
 * @param factorMin largest shrink on rejection
 * @param factorMax largest growth on acceptance
 */
public record PidController(double pcoeff, double icoeff, double dcoeff, double safety, double factorMin,
        double factorMax) implements AdaptiveController {

    /** diffrax's defaults: p 0, i 1, d 0, safety 0.9, factors 0.2 and 10. */
    public static final PidController DEFAULT = new PidController(0, 1, 0, 0.9, 0.2, 10);

    public PidController {
        if (!(icoeff > 0) || !(pcoeff >= 0) || !(dcoeff >= 0)) {
            throw new IllegalArgumentException("PID coefficients need icoeff > 0 and pcoeff, dcoeff >= 0, were p=" + pcoeff
                    + " i=" + icoeff + " d=" + dcoeff);
        }
        if (!(safety > 0 && safety <= 1) || !(factorMin > 0 && factorMin <= 1) || !(factorMax >= 1)) {
            throw new IllegalArgumentException("need 0 < safety <= 1, 0 < factorMin <= 1 <= factorMax, were " + safety
                    + ", " + factorMin + ", " + factorMax);
        }
    }

    /** A PI controller (p 0.3, i 0.3), less sensitive to a noisy error estimate. */
    public static PidController pi() {
        return new PidController(0.3, 0.3, 0, 0.9, 0.2, 10);
    }

    @Override
    public Loop start(int errorOrder) {
        double c1 = (icoeff + pcoeff + dcoeff) / errorOrder;
        double c2 = -(pcoeff + 2 * dcoeff) / errorOrder;
        double c3 = dcoeff / errorOrder;
        return new Loop() {
            private double previous = 1.0;
            private double beforePrevious = 1.0;

            @Override
            public boolean accept(double r) {
                return r < 1;
            }

            @Override
            public double nextStep(double dt, double r, boolean accepted) {
                double inverse = 1.0 / r;
                double factor = safety * Math.pow(inverse, c1) * (c2 == 0 ? 1 : Math.pow(previous, c2))
                        * (c3 == 0 ? 1 : Math.pow(beforePrevious, c3));
                factor = Math.min(Math.max(factor, accepted ? 1.0 : factorMin), accepted ? factorMax : safety);
                if (accepted) {
                    // A zero or infinite ratio carries no information about the next steps.
                    beforePrevious = previous;
                    previous = inverse == 0 || Double.isInfinite(inverse) ? 1.0 : inverse;
                }
                return dt * factor;
            }
        };
    }
}
