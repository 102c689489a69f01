package dev.neuralode.ode;

/**
 * torchdiffeq's integral (I) controller. A step is accepted when its error ratio {@code r <= 1}; the
 * next step is
 *
 * <pre>
 *   dt_next = dt * min(ifactor, max(safety * r^(-1/q), dfactor'))
 * </pre>
 *
 * with {@code dfactor' = 1} when {@code r < 1} (an accepted step never shrinks the next one) and
 * {@code dfactor} otherwise, and {@code dt_next = ifactor * dt} when {@code r = 0}. Hairer, Norsett,
 * Wanner, Solving ODEs I, II.4, eq. (4.13); torchdiffeq's {@code _optimal_step_size}.
 *
 * @param safety the safety factor (0.9)
 * @param ifactor the largest growth per step (10)
 * @param dfactor the largest shrink per rejected step (0.2)
 */
public record IntegralController(double safety, double ifactor, double dfactor) implements AdaptiveController {

    /** torchdiffeq's defaults: safety 0.9, ifactor 10, dfactor 0.2. */
    public static final IntegralController DEFAULT = new IntegralController(0.9, 10.0, 0.2);

    public IntegralController {
        if (!(safety > 0 && safety <= 1)) {
            throw new IllegalArgumentException("safety must be in (0, 1], was " + safety);
        }
        if (!(ifactor >= 1 && Double.isFinite(ifactor))) {
            throw new IllegalArgumentException("ifactor must be finite and >= 1, was " + ifactor);
        }
        if (!(dfactor > 0 && dfactor <= 1)) {
            throw new IllegalArgumentException("dfactor must be in (0, 1], was " + dfactor);
        }
    }

    @Override
    public Loop start(int errorOrder) {
        double exponent = 1.0 / errorOrder;
        return new Loop() {
            @Override
            public boolean accept(double r) {
                return r <= 1;
            }

            @Override
            public double nextStep(double dt, double r, boolean accepted) {
                if (r == 0) {
                    return dt * ifactor;
                }
                double lower = r < 1 ? 1.0 : dfactor;
                return dt * Math.min(ifactor, Math.max(safety / Math.pow(r, exponent), lower));
            }
        };
    }
}
