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
 */
final class StiffnessMonitor {

    static final double NFE_FACTOR = 3.0;
    static final double DT_FLOOR = 1e-4;
    static final double DT_COLLAPSE = 0.1;
    /** Iterations seen before a running median is trusted. */
    static final int WARM_UP = 10;
    static final int WINDOW = 100;

    private final Deque<Double> nfe = new ArrayDeque<>();
    private final Deque<Double> relativeStep = new ArrayDeque<>();

    /** The symptom this iteration shows, if any; failed iterations are reported elsewhere. */
    Optional<String> accept(TrainingSnapshot s) {
        if (s.failed()) {
            return Optional.empty();
        }
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

    void clear() {
        nfe.clear();
        relativeStep.clear();
    }

    /** The smallest accepted step over the span the accepted steps cover, or NaN without accepted steps. */
    static double relativeSmallestStep(StepTrace trace) {
        int n = trace.size();
        if (n == 0) {
            return Double.NaN;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!trace.accepted()[i]) {
                continue;
            }
            double end = trace.t()[i] + trace.dt()[i];
            lo = Math.min(lo, Math.min(trace.t()[i], end));
            hi = Math.max(hi, Math.max(trace.t()[i], end));
        }
        double span = hi - lo;
        return span > 0 ? trace.smallestAcceptedStep() / span : Double.NaN;
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
