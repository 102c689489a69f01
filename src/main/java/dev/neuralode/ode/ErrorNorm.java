package dev.neuralode.ode;

/**
 * The size of a scaled error {@code e_i / (atol + rtol * max(|y0_i|, |y1_i|))}, given part by part:
 * {@code parts[p][i]} is element {@code i} of state part {@code p}. A step is accepted when the norm
 * is at most 1. Norms run on plain arrays, off the tape.
 *
 * <p>The default ({@link #mixedRms()}) is torchdiffeq's: the RMS norm for a one-tensor state and the
 * largest per-part RMS for a tuple.
 */
@FunctionalInterface
public interface ErrorNorm {

    double of(double[][] parts);

    /** The root mean square over all elements of all parts. */
    static ErrorNorm rms() {
        return parts -> {
            double sum = 0;
            long n = 0;
            for (double[] part : parts) {
                sum += sumOfSquares(part);
                n += part.length;
            }
            return n == 0 ? 0.0 : Math.sqrt(sum / n);
        };
    }

    /** The largest absolute value (the L-infinity norm). */
    static ErrorNorm max() {
        return parts -> {
            double m = 0;
            for (double[] part : parts) {
                for (double v : part) {
                    m = Math.max(m, Math.abs(v));
                }
            }
            return m;
        };
    }

    /** The largest RMS norm of a part: torchdiffeq's default for tuple states. */
    static ErrorNorm mixedRms() {
        return parts -> {
            double m = 0;
            for (double[] part : parts) {
                m = Math.max(m, part.length == 0 ? 0.0 : Math.sqrt(sumOfSquares(part) / part.length));
            }
            return m;
        };
    }

    /**
     * A seminorm: this norm over all parts except the ignored ones (for instance the parameter
     * gradients of an adjoint solve, as in Kidger et al. 2021, "Hey, that's not an ODE").
     */
    default ErrorNorm ignoring(int... ignoredParts) {
        ErrorNorm base = this;
        return parts -> {
            double[][] kept = parts.clone();
            for (int p : ignoredParts) {
                if (p < 0 || p >= parts.length) {
                    throw new IllegalArgumentException("seminorm: part " + p + " does not exist; the state has "
                            + parts.length + " parts");
                }
                kept[p] = new double[0];
            }
            return base.of(kept);
        };
    }

    private static double sumOfSquares(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return sum;
    }
}
