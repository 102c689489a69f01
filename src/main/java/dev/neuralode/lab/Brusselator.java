package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * The Brusselator, a model of an autocatalytic reaction (I. Prigogine and R. Lefever, Journal of
 * Chemical Physics 48 (1968) 1695-1700): {@code y1' = a + y1^2 y2 - (b + 1) y1},
 * {@code y2' = b y1 - y1^2 y2}, from {@code (1.5, 3)} on {@code [0, 20]} as in Hairer, Norsett and
 * Wanner, Solving Ordinary Differential Equations I, 2nd ed., Springer 1993, Sections I.16 and II.4
 * (its version with diffusion is a stiff test problem of Hairer and Wanner, Solving Ordinary
 * Differential Equations II, 2nd ed., Springer 1996). The fixed point {@code (a, b/a)}
 * is unstable for {@code b > 1 + a^2}, and the solution settles on a limit cycle. It has no closed
 * form; the reference is dopri8 at 1e-13.
 */
final class Brusselator implements LabProblem {

    private static final double END = 20;

    @Override
    public String name() {
        return "brusselator";
    }

    @Override
    public String title() {
        return "Brusselator";
    }

    @Override
    public String description() {
        return "A chemical oscillator with a limit cycle for b > 1 + a^2: the controller takes small steps through the"
                + " sharp turns of the cycle and long ones along its slow parts.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.linear("a", "a", 0.1, 5, 1), Parameter.linear("b", "b", 0.1, 10, 3));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double a = v.get("a");
        double b = v.get("b");
        Rhs f = (t, y, dy) -> {
            double x2y = y[0] * y[0] * y[1];
            dy[0] = a + x2y - (b + 1) * y[0];
            dy[1] = b * y[0] - x2y;
        };
        return OdeSystem.of(ProblemTitle.of(title(), v), List.of("y1", "y2"), 0, END, new double[] {1.5, 3}, f, null);
    }
}
