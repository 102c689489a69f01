package dev.neuralode.lab;

import dev.neuralode.ode.AdaptiveController;
import dev.neuralode.ode.FixedStep;
import dev.neuralode.ode.IntegralController;
import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.PidController;
import dev.neuralode.ode.StepOptions;
import java.util.Locale;

/**
 * How the lab solves: the method, the step-size controller, the tolerances and, for the fixed-grid
 * methods, the step size.
 *
 * @param method the engine's method
 * @param controller the controller of an adaptive method (ignored by the fixed-grid ones)
 * @param rtol relative tolerance
 * @param atol absolute tolerance
 * @param fixedStep the step of a fixed-grid method
 * @param maxSteps the most attempted steps before the solve gives up
 */
public record SolveSettings(Method method, Controller controller, double rtol, double atol, double fixedStep,
        int maxSteps) {

    /** The controllers the lab offers for adaptive methods. */
    public enum Controller {
        /** torchdiffeq's integral controller (safety 0.9, factors 0.2 and 10). */
        INTEGRAL,
        /** A PI controller (Soderlind; diffrax's p = 0.3, i = 0.3). */
        PI,
        /** A PID controller (p = 0.3, i = 0.3, d = 0.1). */
        PID;

        AdaptiveController build() {
            return switch (this) {
                case INTEGRAL -> IntegralController.DEFAULT;
                case PI -> PidController.pi();
                case PID -> new PidController(0.3, 0.3, 0.1, 0.9, 0.2, 10);
            };
        }

        /** The controller with this name, case-insensitive. */
        public static Controller byName(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown controller '" + name + "'; use integral, pi or pid");
            }
        }
    }

    public SolveSettings {
        if (!(rtol > 0 && rtol < 1) || !(atol > 0 && atol < 1)) {
            throw new IllegalArgumentException("tolerances must lie in (0, 1), were rtol " + rtol + " and atol " + atol);
        }
        if (!(fixedStep > 0) || !Double.isFinite(fixedStep)) {
            throw new IllegalArgumentException("the fixed step must be positive and finite, was " + fixedStep);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step limit must be at least 1, was " + maxSteps);
        }
    }

    /** dopri5 with the integral controller, rtol 1e-6, atol 1e-8, fixed step 0.01, 100 000 steps. */
    public static SolveSettings defaults() {
        return new SolveSettings(Methods.DOPRI5, Controller.INTEGRAL, 1e-6, 1e-8, 0.01, 100_000);
    }

    public SolveSettings withMethod(Method m) {
        return new SolveSettings(m, controller, rtol, atol, fixedStep, maxSteps);
    }

    public SolveSettings withController(Controller c) {
        return new SolveSettings(method, c, rtol, atol, fixedStep, maxSteps);
    }

    public SolveSettings withTolerances(double r, double a) {
        return new SolveSettings(method, controller, r, a, fixedStep, maxSteps);
    }

    public SolveSettings withFixedStep(double h) {
        return new SolveSettings(method, controller, rtol, atol, h, maxSteps);
    }

    public SolveSettings withMaxSteps(int n) {
        return new SolveSettings(method, controller, rtol, atol, fixedStep, n);
    }

    /** Whether the method chooses its own steps. */
    public boolean adaptive() {
        return method.hasErrorEstimate();
    }

    /** The engine's solver for these settings. */
    public Odeint solver() {
        Odeint s = Odeint.with(method).tolerances(rtol, atol)
                .options(StepOptions.DEFAULT.withMaxSteps(maxSteps));
        return adaptive() ? s.controller(controller.build())
                : s.controller(FixedStep.of(fixedStep).withInterpolation(FixedStep.Interpolation.DENSE));
    }

    /** A one-line description: method, controller or step, tolerances. */
    public String describe() {
        return adaptive()
                ? String.format(Locale.ROOT, "%s, %s controller, rtol %.0e, atol %.0e", method.name(),
                        controller.name().toLowerCase(Locale.ROOT), rtol, atol)
                : String.format(Locale.ROOT, "%s, fixed step %.3g", method.name(), fixedStep);
    }
}
