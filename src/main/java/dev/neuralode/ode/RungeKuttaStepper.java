package dev.neuralode.ode;

/**
 * The one explicit Runge-Kutta stepper behind every tableau:
 *
 * <pre>
 *   k_1 = f0,  k_i = f(t0 + c_i h, y0 + h sum_{j<i} a_ij k_j),  y1 = y0 + h sum_i b_i k_i
 * </pre>
 *
 * Each stage state and the update are one {@link State#combine} (one {@code Tensor.combine} per part,
 * zero coefficients left out), so a step records a handful of ops on the tape and gradients flow
 * through it. Stages with {@code c_i = 1} are evaluated one ulp before the step end, as torchdiffeq
 * does, so a dynamics with a jump at the step end sees its left-hand value. For a first-same-as-last
 * tableau the last stage state is {@code y1} and the last stage is the next step's {@code f0}.
 */
final class RungeKuttaStepper {

    private final ButcherTableau tableau;
    private final boolean fsal;

    RungeKuttaStepper(ButcherTableau tableau) {
        this.tableau = tableau;
        this.fsal = tableau.isFsal();
    }

    ButcherTableau tableau() {
        return tableau;
    }

    /**
     * One step.
     *
     * @param t0 start time
     * @param h signed step size
     * @param t1 end time (given rather than recomputed, so that it equals a grid time exactly)
     * @param y0 state at t0
     * @param f0 derivative at (t0, y0)
     */
    Step step(Evaluator f, double t0, double h, double t1, State y0, State f0) {
        int s = tableau.stages();
        State[] k = new State[s];
        k[0] = f0;
        State[] terms = new State[s + 1];
        terms[0] = y0;
        double[] coefficients = new double[s + 1];
        State yi = y0;
        for (int i = 1; i < s; i++) {
            coefficients[0] = 1.0;
            for (int j = 0; j < i; j++) {
                coefficients[j + 1] = h * tableau.coefficient(i, j);
                terms[j + 1] = k[j];
            }
            yi = State.combine(java.util.Arrays.copyOf(coefficients, i + 1), java.util.Arrays.copyOf(terms, i + 1));
            double c = tableau.node(i);
            k[i] = c == 1.0 ? f.justBefore(t1, t0, yi) : f.at(f.precision().stageTime(t0, c, h), yi);
        }
        State y1;
        if (fsal) {
            y1 = yi;
        } else {
            coefficients[0] = 1.0;
            for (int j = 0; j < s; j++) {
                coefficients[j + 1] = h * tableau.weight(j);
                terms[j + 1] = k[j];
            }
            y1 = State.combine(coefficients, terms);
        }
        return new Step(t0, t1, h, y0, y1, k, fsal ? k[s - 1] : null);
    }

    /**
     * The result of one step.
     *
     * @param t0 start time
     * @param t1 end time
     * @param h signed step size
     * @param y0 start state
     * @param y1 end state
     * @param k the stages
     * @param f1 the derivative at (t1, y1) when the step computed it (first same as last), else null
     */
    record Step(double t0, double t1, double h, State y0, State y1, State[] k, State f1) {
    }
}
