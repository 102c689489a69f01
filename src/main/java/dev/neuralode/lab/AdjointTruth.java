package dev.neuralode.lab;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.MemoryFigures;
import dev.neuralode.autodiff.TapeMemory;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.StepOptions;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;
import dev.neuralode.sensitivity.Sensitivity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The adjoint's truth: the gradient of {@code L = sum_i z_i(T)^2} with respect to {@code z(0)} and
 * theta by four methods, side by side with a reference, and what each costs.
 *
 * <ul>
 *   <li>Direct backpropagation through the solver's operations: exact for the discretisation, tape
 *       memory O(steps).</li>
 *   <li>The adjoint (Chen et al., 2018, Algorithm 1): {@code [z, a, dL/dtheta]} solved backwards from
 *       {@code a(T) = dL/dz(T)} with {@code da/dt = -a^T df/dz}, {@code d(dL/dtheta)/dt = -a^T df/dtheta};
 *       O(1) memory, but z is reconstructed backwards, and on contracting dynamics the forward error is
 *       amplified by about {@code exp(k T)} (Gholami et al., 2019, ANODE).</li>
 *   <li>The checkpointed adjoint restarting z at every accepted forward step (Zhuang et al., 2020, ACA):
 *       the reconstruction spans one step at a time, memory O(steps) states.</li>
 *   <li>Central finite differences {@code (L(x + h e_i) - L(x - h e_i)) / 2h} with the same solver and
 *       {@code h_i = cbrt(r) max(1, |x_i|)}, where r is rtol for an adaptive method (its error varies
 *       with x like noise of size rtol, and {@code h^2 + r/h} is smallest near {@code h = cbrt(r)}) and
 *       the float64 epsilon for a fixed grid.</li>
 * </ul>
 *
 * <p>The reference is direct backpropagation through dopri8 at rtol = atol = {@value #REFERENCE_TOLERANCE}:
 * the exact gradient of a discretisation whose global error is about 1e-10 (measured on the closed form of
 * exponential decay), so it differs from the gradient of the exact flow by about that much, where finite
 * differences at tolerance tol carry about {@code tol^(2/3)}. The same solve gives the forward trajectory the reconstruction is measured against.
 *
 * <p>Runs on the caller's thread; a window calls it off the UI thread, with a {@link Progress} callback
 * and a cancellation flag checked at every evaluation of f (a cancelled run throws
 * {@link CancellationException}).
 */
public final class AdjointTruth {

    /** rtol = atol of the reference gradient and of the trajectory the reconstruction is measured against. */
    public static final double REFERENCE_TOLERANCE = 1e-12;

    private static final String TOLERANCE_TEXT = String.format(java.util.Locale.ROOT, "%.0e", REFERENCE_TOLERANCE);
    private static final int REFERENCE_MAX_STEPS = 1_000_000;
    private static final double EPS = Math.ulp(1.0);

    /** The ways to a gradient, in the order the report lists them. */
    public enum Method {
        DIRECT("direct"), ADJOINT("adjoint"), CHECKPOINTED("checkpointed adjoint"), FINITE_DIFFERENCES("finite differences");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param finiteDifferences whether to compute the finite-difference gradient (2 n extra solves)
     * @param liveMemory whether to measure live memory (two full garbage collections per method)
     * @param points output times of the forward trajectory
     */
    public record Options(boolean finiteDifferences, boolean liveMemory, int points) {

        public Options {
            if (points < 2) {
                throw new IllegalArgumentException("the trajectory needs at least 2 points, was " + points);
            }
        }

        /** Everything, with 200 trajectory points. */
        public static Options defaults() {
            return new Options(true, true, 200);
        }
    }

    /** Told before each stage; {@code fraction} of the whole run is done. Called on the computing thread. */
    @FunctionalInterface
    public interface Progress {
        void stage(String what, double fraction);

        Progress NONE = (what, fraction) -> { };
    }

    private final AdjointProblem problem;
    private final Map<String, Double> values;
    private final SolveSettings settings;
    private final Options options;
    private final Progress progress;
    private final BooleanSupplier cancelled;

    private AdjointTruth(AdjointProblem problem, Map<String, Double> values, SolveSettings settings, Options options,
            Progress progress, BooleanSupplier cancelled) {
        this.problem = problem;
        this.values = problem.resolve(values);
        this.settings = settings;
        this.options = options;
        this.progress = progress == null ? Progress.NONE : progress;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /**
     * One horizon.
     *
     * @throws IllegalArgumentException for a bad parameter value or a horizon the problem refuses
     * @throws CancellationException when {@code cancelled} turned true
     */
    public static AdjointReport run(AdjointProblem problem, Map<String, Double> values, SolveSettings settings,
            double horizon, Options options, Progress progress, BooleanSupplier cancelled) {
        problem.checkHorizon(horizon);
        return new AdjointTruth(problem, values, settings, options, progress, cancelled).at(horizon, 0, 1);
    }

    /**
     * Several horizons, such as 1, 10, 100: direct backpropagation's tape grows with T, the adjoint's
     * stays flat. Every horizon is checked before any is computed.
     */
    public static List<AdjointReport> sweep(AdjointProblem problem, Map<String, Double> values, SolveSettings settings,
            double[] horizons, Options options, Progress progress, BooleanSupplier cancelled) {
        if (horizons.length == 0) {
            throw new IllegalArgumentException("give at least one horizon, such as 1, 10, 100");
        }
        for (double h : horizons) {
            problem.checkHorizon(h);
        }
        AdjointTruth truth = new AdjointTruth(problem, values, settings, options, progress, cancelled);
        List<AdjointReport> reports = new ArrayList<>(horizons.length);
        for (int i = 0; i < horizons.length; i++) {
            reports.add(truth.at(horizons[i], (double) i / horizons.length, 1.0 / horizons.length));
        }
        progress(truth.progress, "done", 1);
        return reports;
    }

    private static void progress(Progress p, String what, double fraction) {
        p.stage(what, Math.min(1, fraction));
    }

    private AdjointReport at(double horizon, double start, double share) {
        int n = problem.initialState().length;
        List<String> labels = new ArrayList<>();
        for (String v : problem.variables()) {
            labels.add("z0[" + v + "]");
        }
        problem.parameters().forEach(p -> labels.add(p.name()));
        String at = " at T = " + horizon;
        progress(progress, "reference gradient" + at, start);
        double[] reference = null;
        String referenceNote;
        try {
            reference = gradient(Sensitivity.direct(), referenceSolver(), horizon, null, false).gradient;
            referenceNote = "direct backpropagation through dopri8 at rtol = atol = " + TOLERANCE_TEXT;
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            referenceNote = "no reference: dopri8 at " + TOLERANCE_TEXT + " failed (" + e.getMessage() + ")";
        }
        List<Method> methods = new ArrayList<>(List.of(Method.DIRECT, Method.ADJOINT, Method.CHECKPOINTED));
        if (options.finiteDifferences()) {
            methods.add(Method.FINITE_DIFFERENCES);
        }
        List<GradientMeasurement> measured = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            progress(progress, m.label() + at, start + share * (i + 1) / (methods.size() + 2));
            measured.add(measure(m, horizon, n));
        }
        progress(progress, "forward trajectory" + at, start + share * (methods.size() + 1) / (methods.size() + 2));
        double[] times = LabSolve.outputTimes(problem.system().withEnd(horizon), options.points());
        TreeMap<Double, double[]> truth = trajectory(times, measured, horizon);
        List<AdjointReport.MethodResult> results = new ArrayList<>();
        for (GradientMeasurement m : measured) {
            results.add(m.result(reference, truth));
        }
        double[][] trajectory = Arrays.stream(times).mapToObj(truth::get).toArray(double[][]::new);
        return new AdjointReport(problem, values, settings, horizon, labels, reference, referenceNote, times, trajectory,
                results);
    }

    private Odeint referenceSolver() {
        return Odeint.with(Methods.DOPRI8).tolerances(REFERENCE_TOLERANCE, REFERENCE_TOLERANCE)
                .options(StepOptions.DEFAULT.withMaxSteps(REFERENCE_MAX_STEPS));
    }

    private GradientMeasurement measure(Method m, double horizon, int n) {
        try {
            GradientMeasurement r = switch (m) {
                case DIRECT -> gradient(Sensitivity.direct(), settings.solver(), horizon, null, options.liveMemory());
                case ADJOINT -> gradient(Sensitivity.adjoint(), settings.solver(), horizon, new GradientMeasurement.Trace(n),
                        options.liveMemory());
                case CHECKPOINTED -> gradient(Sensitivity.checkpointedAtSteps(), settings.solver(), horizon, new GradientMeasurement.Trace(n),
                        options.liveMemory());
                case FINITE_DIFFERENCES -> finiteDifferences(horizon);
            };
            return r.as(m);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            GradientMeasurement failed = new GradientMeasurement();
            failed.failure = e.getMessage() == null ? e.toString() : e.getMessage();
            return failed.as(m);
        }
    }

    /** One gradient by an autodiff method, with its statistics, tape and (if asked) live memory. */
    private GradientMeasurement gradient(Sensitivity s, Odeint solver, double horizon, GradientMeasurement.Trace trace, boolean live) {
        GradientMeasurement r = new GradientMeasurement();
        Tensor z0 = Tensor.fromValues(problem.initialState(), DType.FLOAT64, problem.initialState().length).asVariable();
        List<Tensor> theta = problem.parameterTensors(values);
        long before = live ? liveBytes() : 0;
        long begin = System.nanoTime();
        GradientSolution sol = OdeSolve.solve(solver, s, watched(problem.dynamics(theta)), State.of(z0),
                TimeGrid.of(0, horizon), null, trace);
        Tensor loss = AdjointProblem.loss(sol.tensor(1));
        long forward = System.nanoTime() - begin;
        r.tapeBytes = TapeMemory.bytes(loss) + sol.checkpointBytes();
        r.liveBytes = live ? Math.max(0, liveBytes() - before) : -1;
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(z0);
        inputs.addAll(theta);
        begin = System.nanoTime();
        List<Tensor> g = Grad.grad(List.of(loss), inputs, null, false, true);
        r.wallNanos = forward + System.nanoTime() - begin;
        r.loss = loss.item();
        r.gradient = flatten(g, inputs);
        r.forwardNfe = sol.forwardStats().nfe();
        r.backwardNfe = sol.backwardStats().nfe();
        r.trace = trace;
        r.errorAtStart = sol.backwardStats().reconstructionError();
        return r;
    }

    private GradientMeasurement finiteDifferences(double horizon) {
        GradientMeasurement r = new GradientMeasurement();
        double[] z0 = problem.initialState();
        double[] theta = problem.parameterTensors(values).stream().mapToDouble(Tensor::item).toArray();
        int n = z0.length;
        double step = Math.cbrt(settings.adaptive() ? Math.max(settings.rtol(), EPS) : EPS);
        double[] x = new double[n + theta.length];
        System.arraycopy(z0, 0, x, 0, n);
        System.arraycopy(theta, 0, x, n, theta.length);
        r.gradient = new double[x.length];
        long begin = System.nanoTime();
        int[] nfe = new int[1];
        r.loss = lossAt(x, n, horizon, nfe);
        for (int i = 0; i < x.length; i++) {
            double h = step * Math.max(1, Math.abs(x[i]));
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            // The realised difference, not 2h: x + h - (x - h) rounds.
            r.gradient[i] = (lossAt(up, n, horizon, nfe) - lossAt(down, n, horizon, nfe)) / (up[i] - down[i]);
        }
        r.wallNanos = System.nanoTime() - begin;
        r.forwardNfe = nfe[0];
        return r;
    }

    /** L at {@code x = [z0, theta]}, solved without recording. */
    @SuppressWarnings("try") // the scope only switches recording off
    private double lossAt(double[] x, int n, double horizon, int[] nfe) {
        List<Tensor> theta = new ArrayList<>();
        for (int k = n; k < x.length; k++) {
            theta.add(Tensor.fromValues(new double[] {x[k]}, DType.FLOAT64, 1));
        }
        try (GradMode off = GradMode.disabled()) {
            Solution s = settings.solver().solve(watched(problem.dynamics(theta)),
                    State.of(Tensor.fromValues(Arrays.copyOf(x, n), DType.FLOAT64, n)), TimeGrid.of(0, horizon));
            nfe[0] += s.stats().nfe();
            return AdjointProblem.loss(s.state(1).single()).item();
        }
    }

    /** The dynamics checking the cancellation flag at every evaluation. */
    private ParametricDynamics watched(ParametricDynamics f) {
        return ParametricDynamics.of((t, y) -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the adjoint's truth was cancelled");
            }
            return f.derivative(t, y);
        }, f.parameters());
    }

    /** The reference solution at the output times and at every reconstructed time, keyed by time. */
    private TreeMap<Double, double[]> trajectory(double[] times, List<GradientMeasurement> measured, double horizon) {
        TreeSet<Double> all = new TreeSet<>();
        for (double t : times) {
            all.add(t);
        }
        for (GradientMeasurement m : measured) {
            if (m.trace != null) {
                m.trace.times.stream().filter(t -> t >= 0 && t <= horizon).forEach(all::add);
            }
        }
        double[] grid = all.stream().mapToDouble(Double::doubleValue).toArray();
        List<Tensor> theta = problem.parameterTensors(values).stream().map(Tensor::detach).toList();
        int n = problem.initialState().length;
        Solution s = referenceSolver().solve(watched(problem.dynamics(theta)),
                State.of(Tensor.fromValues(problem.initialState(), DType.FLOAT64, n)), TimeGrid.of(grid));
        TreeMap<Double, double[]> out = new TreeMap<>();
        for (int k = 0; k < grid.length; k++) {
            out.put(grid[k], s.state(k).single().toDoubleArray());
        }
        return out;
    }

    private static double[] flatten(List<Tensor> grads, List<Tensor> inputs) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < grads.size(); i++) {
            double[] g = grads.get(i) == null ? new double[(int) inputs.get(i).length()] : grads.get(i).toDoubleArray();
            for (double v : g) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Heap plus native bytes in use after full collections, as the engine reports them. */
    private static long liveBytes() {
        System.gc();
        System.gc();
        MemoryFigures m = Backend.memory();
        return m.heapUsed() + m.offHeap();
    }

    /** {@code ||g - ref|| / ||ref||}, the absolute error when the reference is zero, NaN when either is missing. */
    static double relativeError(double[] g, double[] ref) {
        if (g == null || ref == null) {
            return Double.NaN;
        }
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < g.length; i++) {
            diff += (g[i] - ref[i]) * (g[i] - ref[i]);
            norm += ref[i] * ref[i];
        }
        return norm > 0 ? Math.sqrt(diff / norm) : Math.sqrt(diff);
    }
}
