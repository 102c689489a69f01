package dev.neuralode.ode;

import java.util.Arrays;

/**
 * Relative and absolute error tolerances: the adaptive solver keeps
 * {@code norm(err / (atol + rtol * max(|y0|, |y1|))) <= 1} on every accepted step. Either one pair for
 * the whole state or one pair per part of a tuple state (torchdiffeq accepts the same).
 */
public final class Tolerances {

    /** torchdiffeq's defaults: {@code rtol = 1e-7}, {@code atol = 1e-9}. */
    public static final Tolerances DEFAULT = of(1e-7, 1e-9);

    private final double[] rtol;
    private final double[] atol;

    private Tolerances(double[] rtol, double[] atol) {
        this.rtol = rtol;
        this.atol = atol;
    }

    /** One pair for every part of the state. */
    public static Tolerances of(double rtol, double atol) {
        return perPart(new double[] {rtol}, new double[] {atol});
    }

    /** One pair per part of a tuple state, in the order of the parts. */
    public static Tolerances perPart(double[] rtol, double[] atol) {
        if (rtol.length == 0 || rtol.length != atol.length) {
            throw new IllegalArgumentException("per-part tolerances need one rtol and one atol per part, got "
                    + rtol.length + " rtol and " + atol.length + " atol values");
        }
        for (int p = 0; p < rtol.length; p++) {
            check("rtol", rtol[p]);
            check("atol", atol[p]);
            if (rtol[p] == 0 && atol[p] == 0) {
                throw new IllegalArgumentException("rtol and atol cannot both be zero (part " + p + "): the error"
                        + " of a zero component could never be accepted; use atol = 1e-9 or so");
            }
        }
        return new Tolerances(rtol.clone(), atol.clone());
    }

    private static void check(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + v);
        }
    }

    /** Whether one pair applies to every part. */
    public boolean isScalar() {
        return rtol.length == 1;
    }

    public double rtol(int part) {
        return rtol[isScalar() ? 0 : part];
    }

    public double atol(int part) {
        return atol[isScalar() ? 0 : part];
    }

    /** Checks that per-part tolerances match the number of parts of the state. */
    void requireParts(int parts) {
        if (!isScalar() && rtol.length != parts) {
            throw new IllegalArgumentException("tolerances were given for " + rtol.length + " parts but the state has "
                    + parts + "; give one rtol/atol per part or a single pair");
        }
    }

    @Override
    public String toString() {
        return "Tolerances[rtol=" + Arrays.toString(rtol) + ", atol=" + Arrays.toString(atol) + "]";
    }
}
