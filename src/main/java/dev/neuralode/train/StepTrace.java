package dev.neuralode.train;

import dev.neuralode.ode.Stats;
import dev.neuralode.ode.StepRecord;
import java.util.List;

/**
 * The attempted steps of one solve as plain arrays (for the solver X-ray chart): start time, step
 * size, error ratio and whether each was accepted, in order.
 */
public record StepTrace(double[] t, double[] dt, double[] errorRatio, boolean[] accepted) {

    public static final StepTrace EMPTY = new StepTrace(new double[0], new double[0], new double[0], new boolean[0]);

    public static StepTrace of(Stats stats) {
        List<StepRecord> steps = stats.steps();
        int n = steps.size();
        double[] t = new double[n];
        double[] dt = new double[n];
        double[] ratio = new double[n];
        boolean[] accepted = new boolean[n];
        for (int i = 0; i < n; i++) {
            StepRecord s = steps.get(i);
            t[i] = s.t();
            dt[i] = s.dt();
            ratio[i] = s.errorRatio();
            accepted[i] = s.accepted();
        }
        return new StepTrace(t, dt, ratio, accepted);
    }

    /** The same steps in normalised time {@code s = (t - origin) / span} (the X-ray's axis runs over [0, 1]). */
    public StepTrace normalised(double origin, double span) {
        if (origin == 0 && span == 1) {
            return this;
        }
        double[] ts = new double[t.length];
        double[] dts = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            ts[i] = (t[i] - origin) / span;
            dts[i] = dt[i] / span;
        }
        return new StepTrace(ts, dts, errorRatio, accepted);
    }

    public int size() {
        return t.length;
    }

    /** The smallest accepted step size, or NaN without accepted steps. */
    public double smallestAcceptedStep() {
        double m = Double.NaN;
        for (int i = 0; i < t.length; i++) {
            if (accepted[i] && !(Math.abs(dt[i]) >= m)) {
                m = Math.abs(dt[i]);
            }
        }
        return m;
    }
}
