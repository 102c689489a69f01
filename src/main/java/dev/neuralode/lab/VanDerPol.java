package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * The Van der Pol oscillator {@code y1' = y2}, {@code y2' = mu (1 - y1^2) y2 - y1} from
 * {@code (2, 0)}: a limit cycle, smooth for small {@code mu} and a stiff relaxation oscillation for
 * large {@code mu} (Hairer, Norsett and Wanner, Solving Ordinary Differential Equations I, 2nd ed.,
 * Springer 1993, Section I.16; Hairer and Wanner, Solving Ordinary Differential Equations II, 2nd ed.,
 * Springer 1996, Section IV.1). It has no closed form; the reference is dopri8 at 1e-13.
 *
 * <p>The horizon is a parameter in time units, at most {@value #MAX_END}, not a number of periods:
 * the period grows like {@code (3 - 2 ln 2) mu}, about 1600 at {@code mu = 1000}, and an explicit
 * method's step there is bounded by stability to about {@code 1 / mu} whatever the tolerance, so a
 * horizon of a few periods would cost the dopri8 reference millions of steps. On the slow branch
 * near {@code y1 = 2} the Jacobian has the eigenvalue {@code mu (1 - y1^2)}, about {@code -3 mu}, and
 * dopri8's stability interval reaches only about -6. Measured at {@code mu = 1000}: dopri8 at 1e-13
 * attempts 14 977 steps over 20 time units (dopri5 at the default tolerances 22 394), so
 * {@value #MAX_END} time units cost it about 1.5e5 steps (2e6 evaluations), within
 * {@link Reference#MAX_EVALUATIONS}. At that {@code mu} the window shows the slow drift before the first
 * jump, which is exactly where an explicit method crawls for stability rather than accuracy.
 */
final class VanDerPol implements LabProblem {

    static final double MAX_END = 200;

    @Override
    public String name() {
        return "van-der-pol";
    }

    @Override
    public String title() {
        return "Van der Pol oscillator";
    }

    @Override
    public String description() {
        return "y1'' - mu (1 - y1^2) y1' + y1 = 0. Non-stiff for small mu; for large mu it is stiff and an explicit"
                + " method's steps are bounded by stability, not accuracy, even where the solution barely moves.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.log("mu", "damping mu", 0.1, 1000, 1),
                Parameter.log("t1", "end time t1", 1, MAX_END, 20));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double mu = v.get("mu");
        Rhs f = (t, y, dy) -> {
            dy[0] = y[1];
            dy[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
        };
        return OdeSystem.of(ProblemTitle.of(title(), v), List.of("y1", "y2"), 0, v.get("t1"), new double[] {2, 0}, f, null);
    }
}
