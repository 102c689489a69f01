package dev.neuralode.ode;

import java.util.List;

/**
 * A validated, normalised solve: what {@link Odeint} hands to an integrator.
 *
 * @param f the dynamics, wrapped for counting and time rounding
 * @param y0 the initial state
 * @param times the output times (user time, float64, strictly monotone)
 * @param direction +1 forward, -1 backward in time
 */
record Problem(Evaluator f, State y0, double[] times, int direction, Tolerances tolerances, ErrorNorm norm,
        StepOptions options, List<Event> events, StepObserver observer) {

    Precision precision() {
        return f.precision();
    }

    void observe(StepRecord step, State state) {
        if (observer != null) {
            observer.onStep(step, state);
        }
    }
}
