package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Module;

/**
 * The dynamics {@code dz/dt = f(t, z)} of a continuous normalizing flow on a batch {@code z} of
 * shape {@code (n, d)}, optionally with its exact Jacobian trace {@code tr(df/dz)} in closed form.
 */
public interface VelocityField {

    /** {@code f(t, z)} and, when asked and available, its trace per row as {@code (n, 1)}. */
    FieldValue evaluate(Tensor t, Tensor z, boolean analyticTrace);

    /** Whether {@link #evaluate} can give the trace in closed form (no vector-Jacobian products). */
    boolean hasAnalyticTrace();

    /** The module holding the field's parameters. */
    Module module();

    /** The state dimension d. */
    int dimension();

    /** A velocity and its trace ({@code null} when not computed). */
    record FieldValue(Tensor velocity, Tensor trace) {
    }
}
