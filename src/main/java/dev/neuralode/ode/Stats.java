package dev.neuralode.ode;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * What a solve cost: evaluations of the dynamics (NFE), accepted and rejected steps, and the trace of
 * every attempted step.
 */
public final class Stats {

    private final int nfe;
    private final double[] t;
    private final double[] dt;
    private final double[] ratio;
    private final boolean[] accepted;
    private final int acceptedCount;

    Stats(int nfe, double[] t, double[] dt, double[] ratio, boolean[] accepted) {
        this.nfe = nfe;
        this.t = t;
        this.dt = dt;
        this.ratio = ratio;
        this.accepted = accepted;
        int a = 0;
        for (boolean b : accepted) {
            a += b ? 1 : 0;
        }
        this.acceptedCount = a;
    }

    /** Number of function evaluations of the dynamics. */
    public int nfe() {
        return nfe;
    }

    public int acceptedSteps() {
        return acceptedCount;
    }

    public int rejectedSteps() {
        return accepted.length - acceptedCount;
    }

    /** Accepted plus rejected steps. */
    public int attemptedSteps() {
        return accepted.length;
    }

    /** Every attempted step, in order. */
    public List<StepRecord> steps() {
        return new AbstractList<>() {
            @Override
            public StepRecord get(int i) {
                return new StepRecord(t[i], dt[i], ratio[i], accepted[i]);
            }

            @Override
            public int size() {
                return accepted.length;
            }
        };
    }

    @Override
    public String toString() {
        return "Stats[nfe=" + nfe + ", accepted=" + acceptedCount + ", rejected=" + rejectedSteps() + "]";
    }

    /** Collects the trace of a running solve in primitive arrays. */
    static final class Recorder {

        private double[] t = new double[64];
        private double[] dt = new double[64];
        private double[] ratio = new double[64];
        private boolean[] accepted = new boolean[64];
        private int n;

        StepRecord record(double t0, double h, double errorRatio, boolean ok) {
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
                dt = Arrays.copyOf(dt, 2 * n);
                ratio = Arrays.copyOf(ratio, 2 * n);
                accepted = Arrays.copyOf(accepted, 2 * n);
            }
            t[n] = t0;
            dt[n] = h;
            ratio[n] = errorRatio;
            accepted[n] = ok;
            n++;
            return new StepRecord(t0, h, errorRatio, ok);
        }

        int attempted() {
            return n;
        }

        Stats stats(int nfe) {
            return new Stats(nfe, Arrays.copyOf(t, n), Arrays.copyOf(dt, n), Arrays.copyOf(ratio, n),
                    Arrays.copyOf(accepted, n));
        }
    }
}
