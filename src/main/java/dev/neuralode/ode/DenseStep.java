package dev.neuralode.ode;

import java.util.function.Supplier;

/**
 * One accepted step with its dense output: the state anywhere in {@code [t0, t1]} as one linear
 * combination of the step's states and stages (see {@link Interpolant}). The derivative at the step
 * end is computed only if an interpolant needs it and the step did not produce it; the solver then
 * reuses it as the next step's first stage, so it costs an evaluation only after the last step.
 */
final class DenseStep {

    private final double t0;
    private final double t1;
    private final double h;
    private final State y0;
    private final State y1;
    private final State[] k;
    private final Interpolant interpolant;
    private final Supplier<State> endDerivative;
    private State f1;

    /**
     * @param k the stages (for a multistep method, just the derivative at t0)
     * @param f1 the derivative at the end, or null to compute it on demand with {@code endDerivative}
     */
    DenseStep(double t0, double t1, double h, State y0, State y1, State[] k, State f1, Interpolant interpolant,
            Supplier<State> endDerivative) {
        this.t0 = t0;
        this.t1 = t1;
        this.h = h;
        this.y0 = y0;
        this.y1 = y1;
        this.k = k;
        this.f1 = f1;
        this.interpolant = interpolant;
        this.endDerivative = endDerivative;
    }

    double t0() {
        return t0;
    }

    double t1() {
        return t1;
    }

    State y0() {
        return y0;
    }

    State y1() {
        return y1;
    }

    /** The derivative at the step end if it is known (computed by the step or by an interpolation). */
    State knownEndDerivative() {
        return f1;
    }

    /** The interpolated state at {@code t}, which must lie in the step. */
    State at(double t) {
        double x = (t - t0) / (t1 - t0);
        if (x == 0) {
            return y0;
        }
        if (x == 1) {
            return y1;
        }
        int s = k.length;
        double[] w = new double[s + 3];
        interpolant.weights(x, s, w);
        if (w[s + 2] != 0 && f1 == null) {
            f1 = endDerivative.get();
        }
        boolean endIsLastStage = f1 == k[s - 1];
        State[] terms = new State[endIsLastStage ? s + 2 : s + 3];
        double[] c = new double[terms.length];
        terms[0] = y0;
        c[0] = w[0];
        terms[1] = y1;
        c[1] = w[1];
        for (int i = 0; i < s; i++) {
            terms[2 + i] = k[i];
            c[2 + i] = h * w[2 + i];
        }
        if (endIsLastStage) {
            c[s + 1] += h * w[s + 2];
        } else {
            terms[s + 2] = f1;
            c[s + 2] = h * w[s + 2];
        }
        return State.combine(c, terms);
    }
}
