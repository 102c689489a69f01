package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * Dahlquist's linear test equation {@code z' = lambda z}, {@code z(0) = 1}, with complex
 * {@code lambda = re + i im}, written for {@code z = y1 + i y2} as the real system
 * <pre>
 *   (y1, y2)' = [[re, -im], [im, re]] (y1, y2)
 * </pre>
 * on {@code [0, 5]}, with the closed form {@code z(t) = exp(re t) (cos(im t) + i sin(im t))}
 * (G. Dahlquist, A special stability problem for linear multistep methods, BIT 3 (1963) 27-43;
 * Hairer and Wanner, Solving Ordinary Differential Equations II, 2nd ed., Springer 1996, Section IV.2).
 * A Runge-Kutta step multiplies z by the stability function {@code R(h lambda)}, so a step is stable
 * exactly where {@code h lambda} lies in the method's stability region, which the window draws.
 */
final class LinearTest implements LabProblem {

    private static final double END = 5;

    @Override
    public String name() {
        return "linear-test";
    }

    @Override
    public String title() {
        return "Linear test equation";
    }

    @Override
    public String description() {
        return "y' = lambda y with complex lambda. Once the solution has decayed an explicit method's step is set by"
                + " keeping h lambda inside its stability region, not by accuracy: mildly stiff at re = -50, stiff at -1000.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.linear("re", "Re lambda", -1000, 1, -50), Parameter.linear("im", "Im lambda", -50, 50, 5));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double re = v.get("re");
        double im = v.get("im");
        Rhs f = (t, y, dy) -> {
            dy[0] = re * y[0] - im * y[1];
            dy[1] = im * y[0] + re * y[1];
        };
        ClosedForm exact = t -> {
            double m = Math.exp(re * t);
            return new double[] {m * Math.cos(im * t), m * Math.sin(im * t)};
        };
        return new OdeSystem(ProblemTitle.of(title(), v), List.of("y1", "y2"), 0, END, new double[] {1, 0}, f, exact, null,
                List.of(), new double[] {re, im}, null);
    }
}
