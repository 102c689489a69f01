package dev.neuralode.ui.density;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches iterations for the two symptoms of dynamics turning stiff (the paper's "NFE grows during
 * training"): the forward NFE jumping above {@value #NFE_FACTOR} times its running median, or the
 * smallest accepted step of the forward solve shrinking towards the step-size floor, which is taken
 * as {@value #DT_FLOOR} of the integration span (below it a float32 state hardly moves per step).
 * A step a tenth of its own running median also counts, because stiffness shows as a collapse
 * relative to what the model needed before.
 *
 * <p>The final accepted step is left out of "smallest step": it ends on (or past) the end of the
 * span, and a solver that cuts it short to land on t1 makes it as small as the remainder happens to
 * be, which says nothing about the dynamics. A warning, once raised, stays while the symptom lasts
 * and clears after {@value #CLEAR_AFTER} iterations in a row without it, so that a symptom on every
 * other iteration does not make the banner flicker.
 */
final class StiffnessMonitor {

    static final double NFE_FACTOR = 3.0;
    static final double DT_FLOOR = 1e-4;
    static final double DT_COLLAPSE = 0.1;
    /** Iterations seen before a running median is trusted. */
    static final int WARM_UP = 10;
    static final int WINDOW = 100;
    /** Healthy iterations in a row that clear a raised warning. */
    static final int CLEAR_AFTER = 5;

    private final Deque<Double> nfe = new ArrayDeque<>();
    private final Deque<Double> relativeStep = new ArrayDeque<>();
    private Optional<String> warning = Optional.empty();
    private int healthy;
    private boolean dismissed;

    /**
     * Takes one iteration into account and says what the banner should show: the newest symptom,
     * or the one raised earlier until {@value #CLEAR_AFTER} healthy iterations in a row have passed,
     * or nothing. After {@link #dismiss()} nothing, until the symptom has cleared and come back.
     * Failed iterations change nothing; they are reported elsewhere.
     */
    Optional<String> accept(TrainingSnapshot s) {
        if (!s.failed()) {
            Optional<String> symptom = symptom(s);
            if (symptom.isPresent()) {
                warning = symptom;
                healthy = 0;
            } else if (warning.isPresent() && ++healthy >= CLEAR_AFTER) {
                warning = Optional.empty();
                healthy = 0;
                dismissed = false;
            }
        }
        return dismissed ? Optional.empty() : warning;
    }

    /** The user has seen the warning: keep quiet about it until the symptom clears and returns. */
    void dismiss() {
        dismissed = warning.isPresent();
    }

    /** The symptom this iteration shows by itself, if any; updates the running medians. */
    private Optional<String> symptom(TrainingSnapshot s) {
        Optional<String> symptom = Optional.empty();
        double forward = s.nfeForward();
        if (nfe.size() >= WARM_UP) {
            double median = median(nfe);
            if (forward > NFE_FACTOR * median) {
                symptom = Optional.of(String.format(Locale.ROOT,
                        "NFE jumped to %d, more than %.0fx its running median of %.0f", s.nfeForward(), NFE_FACTOR, median));
            }
        }
        double step = relativeSmallestStep(s.trace());
        if (symptom.isEmpty() && Double.isFinite(step)) {
            if (step < DT_FLOOR) {
                symptom = Optional.of(String.format(Locale.ROOT,
                        "the solver's smallest step shrank to %.1e of the integration span, close to its floor", step));
            } else if (relativeStep.size() >= WARM_UP && step < DT_COLLAPSE * median(relativeStep)) {
                symptom = Optional.of(String.format(Locale.ROOT,
                        "the solver's smallest step collapsed to %.1e of the span, a tenth of its running median", step));
            }
        }
        push(nfe, forward);
        if (Double.isFinite(step)) {
            push(relativeStep, step);
        }
        return symptom;
    }

    /**
     * Forgets the running medians and any raised warning: a new model, or new solver settings whose
     * NFE and steps are not comparable with the old ones (a tighter tolerance is not stiffness).
     */
    void clear() {
        nfe.clear();
        relativeStep.clear();
        warning = Optional.empty();
        healthy = 0;
        dismissed = false;
    }

    /**
     * The smallest accepted step but the last, over the span the accepted steps cover; NaN with
     * fewer than two accepted steps (one step, cut short or not, shows no shrinking).
     */
    static double relativeSmallestStep(StepTrace trace) {
        int last = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.accepted()[i]) {
                last = i;
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= last; i++) {
            if (!trace.accepted()[i]) {
                continue;
            }
            double end = trace.t()[i] + trace.dt()[i];
            lo = Math.min(lo, Math.min(trace.t()[i], end));
            hi = Math.max(hi, Math.max(trace.t()[i], end));
            if (i < last) {
                smallest = Math.min(smallest, Math.abs(trace.dt()[i]));
            }
        }
        double span = hi - lo;
        return span > 0 && Double.isFinite(smallest) ? smallest / span : Double.NaN;
    }

    private static void push(Deque<Double> window, double v) {
        window.addLast(v);
        if (window.size() > WINDOW) {
            window.removeFirst();
        }
    }

    private static double median(Deque<Double> window) {
        double[] v = window.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    }
}
