package dev.neuralode.ode;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;

/**
 * Calls the dynamics for the solver: rounds {@code t} to the state's dtype, counts evaluations and
 * checks, on the first call, that the derivative has the state's shapes.
 */
final class Evaluator {

    private final Dynamics f;
    private final Precision precision;
    private final State template;
    private int nfe;
    private boolean checked;

    Evaluator(Dynamics f, Precision precision, State template) {
        this.f = f;
        this.precision = precision;
        this.template = template;
    }

    /**
     * {@code f(t, y)} with t rounded to the state dtype. When nothing records (a solve without
     * gradients, an adjoint's backward solve), the evaluation runs in its own {@link Workspace}: its
     * temporaries are recycled at once and only the derivative is copied out.
     */
    @SuppressWarnings("try")
    State at(double t, State y) {
        double tc = precision.round(t);
        nfe++;
        State d;
        if (GradMode.isEnabled()) {
            d = f.derivative(tc, y);
        } else {
            try (Workspace ws = Workspace.open()) {
                d = kept(f.derivative(tc, y));
            }
        }
        if (!checked) {
            check(tc, d);
        }
        return d;
    }

    /** {@code f} one ulp before {@code t1} on the side of {@code t0}, as torchdiffeq evaluates stages with c = 1. */
    State justBefore(double t1, double t0, State y) {
        return at(precision.justBefore(t1, t0), y);
    }

    /** {@code f} one ulp past {@code t1} away from {@code t0}: the right-hand limit after a jump. */
    State justAfter(double t1, double t0, State y) {
        return at(precision.justAfter(t1, t0), y);
    }

    Precision precision() {
        return precision;
    }

    int nfe() {
        return nfe;
    }

    private static State kept(State d) {
        if (d == null) {
            return null;
        }
        Tensor[] parts = new Tensor[d.size()];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = Workspace.keep(d.part(p));
        }
        return State.of(parts);
    }

    private void check(double t, State d) {
        if (d == null) {
            throw new IllegalStateException("the dynamics returned null at t=" + t + "; it must return dy/dt");
        }
        if (!d.sameShapeAs(template)) {
            throw new IllegalArgumentException("the dynamics returned " + d.describe() + " at t=" + t + " for a state of "
                    + template.describe() + ": f(t, y) must return a derivative with the shapes and dtype of y");
        }
        checked = true;
    }
}
