package dev.neuralode.lab;

import java.util.List;

/**
 * Everything one lab solve shows: the trajectory at the output times (from the solver's dense
 * output), every attempted step, the cost, the error against the reference and the drift of the
 * invariants. Arrays are shared, not copied: a report is built once and only read.
 *
 * @param system the problem solved
 * @param settings how it was solved
 * @param times the output times reached (all of them unless the solve failed); event times are in {@code eventTimes}
 * @param states the state at each output time, {@code states[k][i]}
 * @param steps every attempted step, in order
 * @param nfe evaluations of the right-hand side
 * @param wallNanos the time the solves took
 * @param eventTimes the times of the terminal events (bounces)
 * @param reference the reference at {@code times}, or null when none could be computed
 * @param referenceNote how the reference was obtained, or why there is none
 * @param error {@code max_i |y_i(t_k) - ref_i(t_k)|} at each output time, or null without reference
 * @param drift for each invariant, its value minus its initial value at each output time
 * @param failure the solver's message if the solve stopped early, else null
 */
public record SolveReport(OdeSystem system, SolveSettings settings, double[] times, double[][] states,
        List<LabStep> steps, int nfe, long wallNanos, double[] eventTimes, double[][] reference, String referenceNote,
        double[] error, double[][] drift, String failure) {

    public int accepted() {
        return (int) steps.stream().filter(LabStep::accepted).count();
    }

    public int rejected() {
        return steps.size() - accepted();
    }

    /** The largest error over the output times, NaN without reference. */
    public double maxError() {
        if (error == null) {
            return Double.NaN;
        }
        double m = 0;
        for (double e : error) {
            m = Math.max(m, e);
        }
        return m;
    }

    /** The error at the last output time reached, NaN without reference. */
    public double finalError() {
        return error == null || error.length == 0 ? Double.NaN : error[error.length - 1];
    }

    /** Whether the solve reached the end time. */
    public boolean completed() {
        return failure == null;
    }

    public double wallMillis() {
        return wallNanos / 1e6;
    }
}
