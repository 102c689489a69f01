package dev.neuralode.lab;

import dev.neuralode.ode.State;
import dev.neuralode.ode.StepObserver;
import dev.neuralode.ode.StepRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * What one way to a gradient measured in {@link AdjointTruth}, before the reference and the forward
 * trajectory are known, and the adjoint's backward reconstruction of z it recorded.
 */
final class GradientMeasurement {

    AdjointTruth.Method method;
    double loss = Double.NaN;
    double[] gradient;
    int forwardNfe;
    int backwardNfe;
    long wallNanos;
    long tapeBytes;
    long liveBytes = -1;
    Trace trace;
    double errorAtStart = Double.NaN;
    String failure;

    GradientMeasurement as(AdjointTruth.Method m) {
        method = m;
        return this;
    }

    AdjointReport.MethodResult result(double[] reference, TreeMap<Double, double[]> truth) {
        return new AdjointReport.MethodResult(method, loss, gradient, AdjointTruth.relativeError(gradient, reference), forwardNfe,
                backwardNfe, wallNanos, tapeBytes, liveBytes, failure == null ? reconstruction(truth) : null, failure);
    }

    private AdjointReport.Reconstruction reconstruction(TreeMap<Double, double[]> truth) {
        if (trace == null) {
            return null;
        }
        double horizon = truth.lastKey();
        List<double[]> z = new ArrayList<>();
        List<double[]> ref = new ArrayList<>();
        List<Double> t = new ArrayList<>();
        for (int k = 0; k < trace.times.size(); k++) {
            double tk = trace.times.get(k);
            // The last backward step may pass t = 0, where the solver interpolates; the reference stops at 0.
            if (tk >= 0 && tk <= horizon) {
                t.add(tk);
                z.add(trace.states.get(k));
                ref.add(truth.get(tk));
            }
        }
        double[] error = new double[t.size()];
        double max = Double.isNaN(errorAtStart) ? 0 : errorAtStart;
        for (int k = 0; k < error.length; k++) {
            for (int i = 0; i < z.get(k).length; i++) {
                error[k] = Math.max(error[k], Math.abs(z.get(k)[i] - ref.get(k)[i]));
            }
            max = Math.max(max, error[k]);
        }
        return new AdjointReport.Reconstruction(t.stream().mapToDouble(Double::doubleValue).toArray(),
                z.toArray(double[][]::new), ref.toArray(double[][]::new), error, errorAtStart, max);
    }

    /** The reconstructed z after each accepted backward step: the state parts come first in the augmented state. */
    static final class Trace implements StepObserver {
        private final int n;
        final List<Double> times = new ArrayList<>();
        final List<double[]> states = new ArrayList<>();

        Trace(int n) {
            this.n = n;
        }

        @Override
        public void onStep(StepRecord step, State state) {
            if (step.accepted()) {
                times.add(step.t() + step.dt());
                states.add(Arrays.copyOf(state.part(0).toDoubleArray(), n));
            }
        }
    }
}
