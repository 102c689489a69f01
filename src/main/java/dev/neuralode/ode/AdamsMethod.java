package dev.neuralode.ode;

/**
 * A fourth-order Adams method on a uniform grid; the first three steps use Kutta's 3/8 rule to build
 * the history. Explicit: Adams-Bashforth,
 * {@code y_{n+1} = y_n + h/24 (55 f_n - 59 f_{n-1} + 37 f_{n-2} - 9 f_{n-3})}. Implicit: that as the
 * predictor, corrected with Adams-Moulton {@code y_{n+1} = y_n + h/24 (9 f_{n+1} + 19 f_n - 5 f_{n-1} +
 * f_{n-2})} by fixed-point iteration until successive corrections agree within the tolerances (at most
 * {@code maxIterations} evaluations). Hairer, Norsett, Wanner, Solving ODEs I, III.1.
 *
 * @param name the method's name
 * @param implicit whether to correct with Adams-Moulton
 * @param maxIterations the most corrector evaluations per step (implicit only)
 */
public record AdamsMethod(String name, boolean implicit, int maxIterations) implements Method {

    public AdamsMethod {
        if (implicit && maxIterations < 1) {
            throw new IllegalArgumentException("an implicit Adams method needs at least one corrector iteration, was "
                    + maxIterations);
        }
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public boolean hasErrorEstimate() {
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
