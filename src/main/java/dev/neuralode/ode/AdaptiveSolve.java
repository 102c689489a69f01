package dev.neuralode.ode;

/**
 * The adaptive Runge-Kutta loop, step for step torchdiffeq's {@code RKAdaptiveStepsizeODESolver}:
 *
 * <ol>
 *   <li>{@code f0 = f(t0, y0)}; the first step from {@link InitialStep} unless given;
 *   <li>while an output time lies beyond the last accepted step: try a step of {@code dt} (cut short
 *       at the next step/jump time), compute its error ratio, accept it if the controller agrees,
 *       and let the controller propose the next {@code dt} (clamped to the min/max step);
 *   <li>outputs are interpolated on the dense output of the step that covers them: the solver steps
 *       past the last output time rather than shortening its last step.
 * </ol>
 *
 * Comparisons happen in {@code tau = direction * t}, which increases in both directions (torchdiffeq
 * negates time for reverse solves; stepping with a signed {@code h} instead avoids negating f).
 */
final class AdaptiveSolve {

    private AdaptiveSolve() {
    }

    static Solution run(Problem pb, RungeKuttaMethod method, AdaptiveController controller) {
        Evaluator f = pb.f();
        StepOptions opt = pb.options();
        int dir = pb.direction();
        double[] times = pb.times();
        OutputCollector out = new OutputCollector(times, pb.events());
        State y = pb.y0();
        out.start(y);
        Stats.Recorder trace = new Stats.Recorder();
        if (out.done()) {
            return out.solution(trace.stats(f.nfe()));
        }
        double t = times[0];
        State f0 = f.at(t, y);
        Finiteness.requireFiniteStart(t, y, f0, HostArrays.buffersFor(y));
        double dt = Double.isNaN(opt.firstStep())
                ? InitialStep.select(f, t, y, f0, dir, method.tableau().embeddedOrder(), pb.tolerances(), pb.norm(),
                        pb.precision())
                : opt.firstStep();
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new NonFiniteValueException(NonFiniteValueException.Where.DERIVATIVE, t,
                    " (the automatic first step came out as " + dt + ")");
        }
        dt = clamp(dt, opt);
        RungeKuttaStepper stepper = new RungeKuttaStepper(method.tableau());
        ErrorRatio errorRatio = new ErrorRatio(method.tableau(), pb.tolerances(), pb.norm(), pb.precision(), y);
        AdaptiveController.Loop loop = controller.start(method.errorOrder());
        GridConstraints grid = new GridConstraints(opt, times[0], dir);
        while (!out.done()) {
            if (trace.attempted() >= opt.maxSteps()) {
                throw new TooManyStepsException(t, opt.maxSteps(), " on the way to the output time " + out.nextTime()
                        + " (" + method.name() + ", last dt=" + dt + ")");
            }
            if (f0 == null) {
                f0 = f.at(t, y);
            }
            double tau0 = dir * t;
            if (!(tau0 + dt > tau0)) {
                throw new StepSizeUnderflowException(t, dt, "no longer advances t in float64");
            }
            double tau1 = grid.end(tau0, tau0 + dt);
            double used = grid.shortened() ? tau1 - tau0 : dt;
            double t1 = dir * tau1;
            RungeKuttaStepper.Step step = stepper.step(f, t, dir * used, t1, y, f0);
            double ratio = errorRatio.of(step, method.name());
            boolean accepted = loop.accept(ratio);
            StepRecord record = trace.record(t, dir * used, ratio, accepted);
            if (accepted) {
                grid.accepted();
                State y1 = step.y1();
                DenseStep dense = new DenseStep(t, t1, step.h(), y, y1, step.k(), step.f1(), method.interpolant(),
                        () -> f.at(t1, y1));
                pb.observe(record, y1);
                out.accept(dense);
                // After a jump the derivative is taken on the far side of it (torchdiffeq's Perturb.NEXT).
                // Null when the step did not produce it: the next step evaluates it, and none does after the last.
                f0 = grid.endsOnJump() ? f.justAfter(t1, t, y1) : dense.knownEndDerivative();
                t = t1;
                y = y1;
            } else {
                pb.observe(record, y);
                if (used <= opt.minStep()) {
                    throw new StepSizeUnderflowException(t, dir * used, "is the minimum step and was still rejected"
                            + " (error ratio " + ratio + ")");
                }
            }
            dt = clamp(loop.nextStep(used, ratio, accepted), opt);
        }
        return out.solution(trace.stats(f.nfe()));
    }

    private static double clamp(double dt, StepOptions opt) {
        return Math.min(Math.max(dt, opt.minStep()), opt.maxStep());
    }
}
