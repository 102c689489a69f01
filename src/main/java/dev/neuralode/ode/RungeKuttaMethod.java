package dev.neuralode.ode;

/**
 * An explicit Runge-Kutta method: a {@link ButcherTableau} plus the dense output that interpolates
 * within a step. All of them run on one generic stepper.
 *
 * @param name the method's name
 * @param tableau its coefficients
 * @param interpolant its dense output
 */
public record RungeKuttaMethod(String name, ButcherTableau tableau, Interpolant interpolant) implements Method {

    public RungeKuttaMethod {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a method needs a name");
        }
        // Fails now, naming the mismatch, rather than at the first output of a solve.
        interpolant.weights(0.5, tableau.stages(), new double[tableau.stages() + 3]);
    }

    @Override
    public int order() {
        return tableau.order();
    }

    @Override
    public boolean hasErrorEstimate() {
        return tableau.isEmbedded();
    }

    /**
     * The order {@code q} in the step-size update {@code dt * ratio^(-1/q)}: one more than the order
     * of the embedded solution (torchdiffeq's {@code order}: 5 for dopri5).
     */
    public int errorOrder() {
        return tableau.embeddedOrder() + 1;
    }

    @Override
    public String toString() {
        return name;
    }
}
