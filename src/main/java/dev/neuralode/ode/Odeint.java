package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import java.util.List;

/**
 * The solve facade: an immutable configuration (method, step-size controller, tolerances, options,
 * error norm, events, observer), each concern its own object, and {@code solve} methods that validate
 * and normalise the problem once before integrating.
 *
 * <pre>{@code
 * Solution s = Odeint.with(Methods.DOPRI5)
 *         .tolerances(1e-5, 1e-5)
 *         .solve((t, z) -> net.forward(z), z0, 0.0, 1.0);
 * Tensor z1 = s.tensor(1);
 * int nfe = s.stats().nfe();
 * }</pre>
 *
 * Defaults are torchdiffeq's: dopri5, {@code rtol = 1e-7}, {@code atol = 1e-9}, its integral
 * controller for embedded methods and a step per output interval for the others, the RMS norm (the
 * largest per-part RMS for a tuple state).
 */
public final class Odeint {

    private final Method method;
    private final StepSizeController controller;
    private final Tolerances tolerances;
    private final StepOptions options;
    private final ErrorNorm norm;
    private final List<Event> events;
    private final StepObserver observer;

    private Odeint(Method method, StepSizeController controller, Tolerances tolerances, StepOptions options,
            ErrorNorm norm, List<Event> events, StepObserver observer) {
        this.method = method;
        this.controller = controller;
        this.tolerances = tolerances;
        this.options = options;
        this.norm = norm;
        this.events = events;
        this.observer = observer;
    }

    /** dopri5 with torchdiffeq's defaults. */
    public static Odeint defaults() {
        return with(Methods.DOPRI5);
    }

    public static Odeint with(Method method) {
        if (method == null) {
            throw new IllegalArgumentException("method must not be null; see Methods for the available ones");
        }
        return new Odeint(method, null, Tolerances.DEFAULT, StepOptions.DEFAULT, null, List.of(), null);
    }

    /**
     * The method with torchdiffeq's name, such as {@code "dopri5"}.
     *
     * @throws UnknownMethodException listing the valid names
     */
    public static Odeint with(String methodName) {
        return with(Methods.byName(methodName));
    }

    /** The same configuration with another method. */
    public Odeint method(Method m) {
        return new Odeint(with(m).method, controller, tolerances, options, norm, events, observer);
    }

    /** The step-size controller; null restores the default for the method. */
    public Odeint controller(StepSizeController c) {
        return new Odeint(method, c, tolerances, options, norm, events, observer);
    }

    public Odeint tolerances(Tolerances t) {
        if (t == null) {
            throw new IllegalArgumentException("tolerances must not be null; Tolerances.DEFAULT is torchdiffeq's");
        }
        return new Odeint(method, controller, t, options, norm, events, observer);
    }

    public Odeint tolerances(double rtol, double atol) {
        return tolerances(Tolerances.of(rtol, atol));
    }

    public Odeint options(StepOptions o) {
        if (o == null) {
            throw new IllegalArgumentException("options must not be null; StepOptions.DEFAULT has the defaults");
        }
        return new Odeint(method, controller, tolerances, o, norm, events, observer);
    }

    /** The error norm; null restores the default (RMS, largest per-part RMS for tuples). */
    public Odeint norm(ErrorNorm n) {
        return new Odeint(method, controller, tolerances, options, n, events, observer);
    }

    public Odeint events(Event... e) {
        return new Odeint(method, controller, tolerances, options, norm, List.of(e), observer);
    }

    /** The observer called after every attempted step; null for none. */
    public Odeint observer(StepObserver o) {
        return new Odeint(method, controller, tolerances, options, norm, events, o);
    }

    public Method method() {
        return method;
    }

    /** The tolerances a solve uses. */
    public Tolerances tolerances() {
        return tolerances;
    }

    /** The controller a solve uses: the one set, or the method's default. */
    public StepSizeController controller() {
        if (controller != null) {
            return controller;
        }
        return method.hasErrorEstimate() ? IntegralController.DEFAULT : FixedStep.atOutputTimes();
    }

    /** Solves a one-tensor problem at the given output times. */
    public Solution solve(TensorDynamics f, Tensor y0, double... times) {
        if (f == null || y0 == null) {
            throw new IllegalArgumentException("solve needs the dynamics and the initial state, got f=" + f + ", y0=" + y0);
        }
        return solve(Dynamics.of(f), State.of(y0), TimeGrid.of(times));
    }

    /**
     * Solves {@code dy/dt = f(t, y)}, {@code y(times[0]) = y0}, and returns the states at all output
     * times.
     *
     * @throws MissingErrorEstimateException for an adaptive controller with a method without error estimate
     * @throws NonFiniteValueException, StepSizeUnderflowException, TooManyStepsException during the solve
     */
    public Solution solve(Dynamics f, State y0, TimeGrid times) {
        if (f == null || y0 == null || times == null) {
            throw new IllegalArgumentException("solve needs the dynamics, the initial state and the output times");
        }
        tolerances.requireParts(y0.size());
        Precision precision = Precision.of(y0.dtype());
        StepSizeController c = controller();
        Problem pb = new Problem(new Evaluator(f, precision, y0), y0, times.times(), times.direction(), tolerances,
                norm != null ? norm : ErrorNorm.mixedRms(), options, events, observer);
        if (c instanceof AdaptiveController adaptive) {
            if (!(method instanceof RungeKuttaMethod rk) || !method.hasErrorEstimate()) {
                throw new MissingErrorEstimateException(method.name());
            }
            return AdaptiveSolve.run(pb, rk, adaptive);
        }
        FixedStep fixed = (FixedStep) c;
        if (options.stepT().length > 0 || options.jumpT().length > 0) {
            throw new IllegalArgumentException("stepT and jumpT steer adaptive step control; with a fixed step put those"
                    + " times in the output grid and use FixedStep.atOutputTimes()");
        }
        if (method instanceof RungeKuttaMethod rk) {
            return FixedGridSolve.run(pb, FixedGridSolve.rungeKutta(rk.tableau()), fixed, rk.interpolant(), rk.name());
        }
        AdamsMethod adams = (AdamsMethod) method;
        if (fixed.isAtOutputTimes()) {
            requireUniform(times, adams);
        }
        return FixedGridSolve.run(pb, new AdamsRule(adams, tolerances, y0), fixed, new Interpolant.CubicHermite(),
                adams.name());
    }

    private static void requireUniform(TimeGrid times, AdamsMethod adams) {
        double h = times.size() > 1 ? times.time(1) - times.time(0) : 0;
        for (int i = 2; i < times.size(); i++) {
            double hi = times.time(i) - times.time(i - 1);
            if (Math.abs(hi - h) > 1e-9 * Math.abs(h)) {
                throw new IllegalArgumentException(adams.name() + " needs equally spaced steps, but the output times are"
                        + " not (step " + i + " is " + hi + ", the first is " + h + "): use FixedStep.of(h)");
            }
        }
    }
}
