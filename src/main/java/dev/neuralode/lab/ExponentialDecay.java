package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/** {@code y' = -k y}, {@code y(0) = y0}: {@code y(t) = y0 exp(-k t)}. The simplest problem there is. */
final class ExponentialDecay implements LabProblem {

    @Override
    public String name() {
        return "exponential-decay";
    }

    @Override
    public String title() {
        return "Exponential decay";
    }

    @Override
    public String description() {
        return "y' = -k y. Smooth and non-stiff for moderate k; the error estimate tracks the true error closely.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.log("k", "rate k", 0.1, 100, 1), Parameter.linear("y0", "start y0", -5, 5, 1));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double k = v.get("k");
        double y0 = v.get("y0");
        return OdeSystem.of(ProblemTitle.of(title(), v), List.of("y"), 0, 5, new double[] {y0}, (t, y, dy) -> dy[0] = -k * y[0],
                t -> new double[] {y0 * Math.exp(-k * t)});
    }
}
