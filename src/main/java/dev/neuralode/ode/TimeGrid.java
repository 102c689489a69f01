package dev.neuralode.ode;

/**
 * The output times of a solve, in float64: the first is where the initial state holds, the rest are
 * where the solution is wanted. Strictly increasing or strictly decreasing; a decreasing grid
 * integrates backwards in time (as the adjoint method does).
 */
public final class TimeGrid {

    private final double[] times;

    private TimeGrid(double[] times) {
        this.times = times;
    }

    /**
     * The given times.
     *
     * @throws InvalidTimeGridException naming the offending time when a time is not finite or the
     *     grid is not strictly monotone
     */
    public static TimeGrid of(double... times) {
        return new TimeGrid(check("output times", times, true).clone());
    }

    /** {@code n} equally spaced times from {@code t0} to {@code t1}, both included. */
    public static TimeGrid linspace(double t0, double t1, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("linspace needs at least 2 points, was " + n);
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i == n - 1 ? t1 : t0 + (t1 - t0) * i / (n - 1);
        }
        return of(t);
    }

    /**
     * Checks that times are finite and strictly monotone (in either direction when
     * {@code eitherDirection}, else increasing).
     */
    static double[] check(String what, double[] times, boolean eitherDirection) {
        if (times == null || times.length == 0) {
            throw new InvalidTimeGridException(what + " are empty: give at least the start time", Double.NaN);
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                throw new InvalidTimeGridException(what + " must be finite, t[" + i + "] was " + times[i], times[i]);
            }
        }
        double sign = times.length > 1 && eitherDirection && times[1] < times[0] ? -1.0 : 1.0;
        for (int i = 1; i < times.length; i++) {
            if (sign * (times[i] - times[i - 1]) <= 0) {
                String order = sign > 0 ? "increasing" : "decreasing";
                throw new InvalidTimeGridException(what + " must be strictly monotone (all increasing or all decreasing):"
                        + " t[" + i + "]=" + times[i] + " follows t[" + (i - 1) + "]=" + times[i - 1] + " in a grid that"
                        + " starts " + order + "; sort the times and remove duplicates", times[i]);
            }
        }
        return times;
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    /** A copy of the times. */
    public double[] times() {
        return times.clone();
    }

    public double start() {
        return times[0];
    }

    public double end() {
        return times[times.length - 1];
    }

    /** +1 when time increases, -1 when it decreases (a single time counts as increasing). */
    public int direction() {
        return times.length > 1 && times[1] < times[0] ? -1 : 1;
    }
}
