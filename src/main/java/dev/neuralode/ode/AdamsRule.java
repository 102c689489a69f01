package dev.neuralode.ode;

/**
 * The step of a fourth-order {@link AdamsMethod} on a uniform grid. The history holds
 * {@code f_n, f_{n-1}, f_{n-2}, f_{n-3}}; until it is full, Kutta's 3/8 rule takes the step.
 *
 * <pre>
 *   predictor (Adams-Bashforth 4): y_{n+1} = y_n + h/24 (55 f_n - 59 f_{n-1} + 37 f_{n-2} - 9 f_{n-3})
 *   corrector (Adams-Moulton 4):   y_{n+1} = y_n + h/24 (9 f(t_{n+1}, y_{n+1}) + 19 f_n - 5 f_{n-1} + f_{n-2})
 * </pre>
 *
 * The corrector is iterated (PECE, then PE(CE)^m) until two successive iterates agree:
 * {@code max |y^(m+1) - y^(m)| / (atol + rtol max(|y^(m)|, |y^(m+1)|)) < 1}.
 */
final class AdamsRule implements FixedGridSolve.Rule {

    private static final double[] BASHFORTH = {55.0 / 24, -59.0 / 24, 37.0 / 24, -9.0 / 24};
    private static final double[] MOULTON = {9.0 / 24, 19.0 / 24, -5.0 / 24, 1.0 / 24};

    private final AdamsMethod method;
    private final Tolerances tolerances;
    private final FixedGridSolve.Rule starter = FixedGridSolve.rungeKutta(Tableaus.RK4_THREE_EIGHTHS);
    private final State[] history = new State[4];
    private final double[][] previous;
    private final double[][] current;
    private int filled;

    AdamsRule(AdamsMethod method, Tolerances tolerances, State template) {
        this.method = method;
        this.tolerances = tolerances;
        this.previous = HostArrays.buffersFor(template);
        this.current = HostArrays.buffersFor(template);
    }

    @Override
    public double[] nodes() {
        return new double[] {0};
    }

    @Override
    public FixedGridSolve.Advance advance(Evaluator f, double t0, double h, double t1, State y0, State f0) {
        System.arraycopy(history, 0, history, 1, 3);
        history[0] = f0;
        filled = Math.min(filled + 1, 4);
        if (filled < 4) {
            FixedGridSolve.Advance a = starter.advance(f, t0, h, t1, y0, f0);
            return new FixedGridSolve.Advance(a.y1(), new State[] {f0}, null);
        }
        State y1 = State.combine(new double[] {1, h * BASHFORTH[0], h * BASHFORTH[1], h * BASHFORTH[2], h * BASHFORTH[3]},
                new State[] {y0, history[0], history[1], history[2], history[3]});
        if (method.implicit()) {
            HostArrays.read(y1, previous);
            for (int m = 0; m < method.maxIterations(); m++) {
                State f1 = f.at(t1, y1);
                y1 = State.combine(new double[] {1, h * MOULTON[0], h * MOULTON[1], h * MOULTON[2], h * MOULTON[3]},
                        new State[] {y0, f1, history[0], history[1], history[2]});
                HostArrays.read(y1, current);
                if (converged()) {
                    break;
                }
                for (int p = 0; p < current.length; p++) {
                    System.arraycopy(current[p], 0, previous[p], 0, current[p].length);
                }
            }
        }
        return new FixedGridSolve.Advance(y1, new State[] {f0}, null);
    }

    private boolean converged() {
        for (int p = 0; p < current.length; p++) {
            double rtol = tolerances.rtol(p);
            double atol = tolerances.atol(p);
            for (int i = 0; i < current[p].length; i++) {
                double a = previous[p][i];
                double b = current[p][i];
                if (!(Math.abs(b - a) < atol + rtol * Math.max(Math.abs(a), Math.abs(b)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
