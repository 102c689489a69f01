package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.ode.OdeSolveException;
import dev.neuralode.train.FlowSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The speed/precision trade-off of one frozen model (the paper's Figure 3a and 3b for a CNF): log p
 * of the same points solved at each tolerance, with its NFE and wall time, and its error measured
 * against a reference solve at a much tighter tolerance. Runs on the caller's thread.
 */
final class FrontierSweep {

    /** Tolerances swept, loosest first; rtol = atol. */
    static final double[] TOLERANCES = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5};
    /** Training tolerances outside this range are not added to a sweep (the reference could not judge them). */
    static final double TIGHTEST_ADDED = 1e-6;
    /** Reference tolerances to try, tightest first: float32 states can stall below about 1e-7. */
    static final double[] REFERENCES = {1e-7, 1e-6};
    static final int POINTS = 1024;
    /** Solves per tolerance; the fastest counts, as timings of a few ms are noisy on a busy machine. */
    static final int REPEATS = 3;

    /**
     * One tolerance's outcome.
     *
     * @param error mean |log p - log p_reference| over the points, in nats
     */
    record Point(double tol, int nfe, double error, double seconds) {
    }

    /** The outcome: the points, the reference tolerance used, and the tolerances whose solve failed. */
    record Result(List<Point> points, double referenceTol, List<String> failures, long iteration) {
    }

    private FrontierSweep() {
    }

    /**
     * {@link #TOLERANCES} with the tolerance training runs at added when it is not among them (and
     * not tighter than {@value #TIGHTEST_ADDED}), loosest first, so that the frontier can mark where
     * the model trains.
     */
    static double[] tolerancesWith(double trainingTol) {
        boolean listed = Arrays.stream(TOLERANCES).anyMatch(t -> sameTolerance(t, trainingTol));
        if (listed || !(trainingTol >= TIGHTEST_ADDED) || trainingTol > 1) {
            return TOLERANCES.clone();
        }
        double[] all = Arrays.copyOf(TOLERANCES, TOLERANCES.length + 1);
        all[TOLERANCES.length] = trainingTol;
        return Arrays.stream(all).boxed().sorted(java.util.Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
    }

    /** Tolerances equal up to rounding (slider values go through decimal text). */
    static boolean sameTolerance(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The points the sweep evaluates: a fixed random subset of the data. */
    static float[] evaluationPoints(PointSet data) {
        return data.subsample(POINTS, new Random(0)).toArray();
    }

    /**
     * @param tolerances the tolerances to sweep, loosest first
     * @param progress receives the fraction done, in (0, 1]
     * @throws IllegalStateException for a model without a tractable log p at points (a planar flow pushing base to data)
     *                               or when even the loosest reference solve fails
     */
    static Result run(FlowSnapshot flow, float[] points, double[] tolerances, DoubleConsumer progress,
                      BooleanSupplier cancelled) {
        int[] nfe = new int[1];
        double[] reference = null;
        double referenceTol = Double.NaN;
        for (double tol : REFERENCES) {
            try {
                reference = flow.logDensity(points, tol, nfe);
                referenceTol = tol;
                break;
            } catch (OdeSolveException e) {
                // try the next, looser reference
            }
        }
        if (reference == null) {
            throw new IllegalStateException("the reference solve failed even at tolerance "
                    + REFERENCES[REFERENCES.length - 1] + "; the dynamics are too stiff to measure errors");
        }
        int total = REPEATS * tolerances.length + 1;
        progress.accept(1.0 / total);
        double[][] logp = new double[tolerances.length][];
        int[] nfeAt = new int[tolerances.length];
        double[] seconds = new double[tolerances.length];
        Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        String[] failed = new String[tolerances.length];
        // Passes over all tolerances rather than repeats of each, so that warm-up and bursts of
        // load from other processes spread over the tolerances instead of landing on one.
        for (int rep = 0; rep < REPEATS && !cancelled.getAsBoolean(); rep++) {
            for (int k = 0; k < tolerances.length && !cancelled.getAsBoolean(); k++) {
                if (failed[k] == null) {
                    try {
                        long started = System.nanoTime();
                        logp[k] = flow.logDensity(points, tolerances[k], nfe);
                        seconds[k] = Math.min(seconds[k], (System.nanoTime() - started) / 1e9);
                        nfeAt[k] = nfe[0];
                    } catch (OdeSolveException e) {
                        failed[k] = "tol " + tolerances[k] + ": " + e.getMessage();
                    }
                }
                progress.accept((rep * tolerances.length + k + 2.0) / total);
            }
        }
        List<Point> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < tolerances.length; k++) {
            if (failed[k] != null) {
                failures.add(failed[k]);
            } else if (logp[k] != null) {
                out.add(new Point(tolerances[k], nfeAt[k], meanAbsoluteDifference(logp[k], reference), seconds[k]));
            }
        }
        return new Result(List.copyOf(out), referenceTol, List.copyOf(failures), flow.iteration());
    }

    static double meanAbsoluteDifference(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
