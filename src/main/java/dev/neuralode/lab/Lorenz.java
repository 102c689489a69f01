package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * The Lorenz system {@code x' = sigma (y - x)}, {@code y' = x (rho - z) - y},
 * {@code z' = x y - beta z} (E. N. Lorenz, Deterministic nonperiodic flow, Journal of the Atmospheric
 * Sciences 20 (1963) 130-141), from {@code (1, 1, 1)} on {@code [0, 30]}, with a twin start moved by
 * {@code delta} in {@code x}. At the classical {@code sigma = 10, rho = 28, beta = 8/3} the flow is
 * chaotic: nearby solutions separate exponentially (the largest Lyapunov exponent is about 0.9; from
 * this start the twin's offset grows some 10^5-fold by t = 25), so the twin and the solver's own error
 * both grow until they are as large as the attractor.
 */
final class Lorenz implements LabProblem {

    private static final double END = 30;

    @Override
    public String name() {
        return "lorenz";
    }

    @Override
    public String title() {
        return "Lorenz system";
    }

    @Override
    public String description() {
        return "Chaotic at the classical parameters: every error, the solver's or a tiny change of the start (the"
                + " twin), grows exponentially, so after t of about 20 no solver and no reference is accurate pointwise.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.linear("sigma", "sigma", 0.1, 30, 10), Parameter.linear("rho", "rho", 0.1, 100, 28),
                Parameter.linear("beta", "beta", 0.1, 10, 8.0 / 3),
                Parameter.log("delta", "twin offset delta in x", 1e-14, 1e-1, 1e-5));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double sigma = v.get("sigma");
        double rho = v.get("rho");
        double beta = v.get("beta");
        double[] y0 = {1, 1, 1};
        Rhs f = (t, y, dy) -> {
            dy[0] = sigma * (y[1] - y[0]);
            dy[1] = y[0] * (rho - y[2]) - y[1];
            dy[2] = y[0] * y[1] - beta * y[2];
        };
        double[] twin = {y0[0] + v.get("delta"), y0[1], y0[2]};
        return new OdeSystem(ProblemTitle.of(title(), v), List.of("x", "y", "z"), 0, END, y0, f, null, null, List.of(), null,
                twin);
    }
}
