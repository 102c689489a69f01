package dev.neuralode.ode;

/** Finds where a NaN or infinity entered a step, to report the time and whether f or y produced it. */
final class Finiteness {

    private Finiteness() {
    }

    /**
     * The exception for a step whose result is not finite: it names the first stage whose derivative
     * is not finite, or the state when every derivative is.
     *
     * @param k the step's stages
     * @param c their nodes: stage i was evaluated at {@code t0 + c_i h}
     * @param buffers host buffers shaped like the state
     */
    static NonFiniteValueException diagnose(State[] k, double[] c, double t0, double h, double t1, double[][] buffers,
            String method) {
        for (int i = 0; i < k.length; i++) {
            HostArrays.read(k[i], buffers);
            if (!HostArrays.allFinite(buffers)) {
                return new NonFiniteValueException(NonFiniteValueException.Where.DERIVATIVE, t0 + c[i] * h,
                        " (stage " + (i + 1) + " of a " + method + " step from t=" + t0 + ")");
            }
        }
        return new NonFiniteValueException(NonFiniteValueException.Where.STATE, t1,
                " (end of a " + method + " step from t=" + t0 + " with dt=" + h + ")");
    }

    /** Checks the initial state and its derivative. */
    static void requireFiniteStart(double t0, State y0, State f0, double[][] buffers) {
        HostArrays.read(y0, buffers);
        if (!HostArrays.allFinite(buffers)) {
            throw new NonFiniteValueException(NonFiniteValueException.Where.STATE, t0, " (the initial state)");
        }
        if (f0 != null) {
            HostArrays.read(f0, buffers);
            if (!HostArrays.allFinite(buffers)) {
                throw new NonFiniteValueException(NonFiniteValueException.Where.DERIVATIVE, t0, " (at the initial state)");
            }
        }
    }
}
