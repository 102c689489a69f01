package dev.neuralode.ode;

/**
 * The fixed-step loop: one step per grid interval, outputs interpolated inside the step that covers
 * them. The grid is uniform ({@code n = ceil(|T| / step)} equal steps ending exactly at the last output
 * time) or the output times themselves.
 */
final class FixedGridSolve {

    private FixedGridSolve() {
    }

    /** How one grid step advances the state. */
    interface Rule {

        /** The nodes of the stages {@link Advance#k} holds, for error messages. */
        double[] nodes();

        Advance advance(Evaluator f, double t0, double h, double t1, State y0, State f0);
    }

    /**
     * @param y1 the new state
     * @param k the stages, for dense output (k[0] is f0)
     * @param f1 the derivative at (t1, y1) if the rule computed it, else null
     */
    record Advance(State y1, State[] k, State f1) {
    }

    static Solution run(Problem pb, Rule rule, FixedStep control, Interpolant dense, String method) {
        Evaluator f = pb.f();
        double[] times = pb.times();
        double[] grid = control.isAtOutputTimes() ? times : uniformGrid(times[0], times[times.length - 1], control.step());
        if (grid.length - 1 > pb.options().maxSteps()) {
            throw new TooManyStepsException(times[0], pb.options().maxSteps(), " before starting: the fixed step "
                    + control.step() + " needs " + (grid.length - 1) + " steps");
        }
        Interpolant interpolant = control.interpolation() == FixedStep.Interpolation.LINEAR
                ? new Interpolant.Linear() : dense;
        OutputCollector out = new OutputCollector(times, pb.events());
        Stats.Recorder trace = new Stats.Recorder();
        State y = pb.y0();
        out.start(y);
        double[][] buffers = HostArrays.buffersFor(y);
        State f0 = null;
        for (int i = 0; i + 1 < grid.length && !out.done(); i++) {
            double t0 = grid[i];
            double t1 = grid[i + 1];
            double h = t1 - t0;
            if (f0 == null) {
                f0 = f.at(t0, y);
                if (i == 0) {
                    Finiteness.requireFiniteStart(t0, y, f0, buffers);
                }
            }
            Advance a = rule.advance(f, t0, h, t1, y, f0);
            HostArrays.read(a.y1(), buffers);
            if (!HostArrays.allFinite(buffers)) {
                throw Finiteness.diagnose(a.k(), rule.nodes(), t0, h, t1, buffers, method);
            }
            State y1 = a.y1();
            DenseStep step = new DenseStep(t0, t1, h, y, y1, a.k(), a.f1(), interpolant, () -> f.at(t1, y1));
            pb.observe(trace.record(t0, h, Double.NaN, true), y1);
            out.accept(step);
            f0 = step.knownEndDerivative();
            y = y1;
        }
        return out.solution(trace.stats(f.nfe()));
    }

    /** {@code n} equal steps from t0 to t1 with n the fewest that keeps each step within {@code step}. */
    static double[] uniformGrid(double t0, double t1, double step) {
        double span = Math.abs(t1 - t0);
        // The tolerance keeps 1.0 / 0.1 = 10.000000000000002 from adding an eleventh, tiny-rounded step.
        long n = Math.max(1, (long) Math.ceil(span / step * (1 - 1e-12)));
        if (n > Integer.MAX_VALUE - 1) {
            throw new TooManyStepsException(t0, Integer.MAX_VALUE, ": the fixed step " + step + " over " + span
                    + " needs " + n + " steps");
        }
        double[] grid = new double[(int) n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = i == n ? t1 : t0 + (t1 - t0) * i / n;
        }
        return grid;
    }

    /** The fixed-grid rule of a Runge-Kutta tableau. */
    static Rule rungeKutta(ButcherTableau tableau) {
        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau);
        double[] nodes = tableau.c();
        return new Rule() {
            @Override
            public double[] nodes() {
                return nodes;
            }

            @Override
            public Advance advance(Evaluator f, double t0, double h, double t1, State y0, State f0) {
                RungeKuttaStepper.Step s = stepper.step(f, t0, h, t1, y0, f0);
                return new Advance(s.y1(), s.k(), s.f1());
            }
        };
    }
}
