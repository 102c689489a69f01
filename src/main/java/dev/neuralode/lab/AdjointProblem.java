package dev.neuralode.lab;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.State;
import dev.neuralode.sensitivity.ParametricDynamics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lab problem for the adjoint's truth: the right-hand side is one tensor op on the state and the
 * parameter tensors theta, with its vector-Jacobian products written out ({@link VectorField}), so
 * that every sensitivity method can differentiate the loss {@code L = sum_i z_i(T)^2} on the final
 * state with respect to theta and to {@code z(0)}. It is also an ordinary {@link LabProblem} (its
 * {@link #system} evaluates the same field on plain arrays), so the other lab views can solve it
 * too. Everything is float64.
 */
public final class AdjointProblem implements LabProblem {

    private final String name;
    private final String title;
    private final String description;
    private final List<Parameter> parameters;
    private final List<String> variables;
    private final double[] z0;
    private final double maxHorizon;
    private final VectorField rhs;

    /**
     * @param maxHorizon the longest horizon the lab runs: finite for chaotic problems, whose
     *     gradients grow like {@code exp(lambda T)} so that no method gives a meaningful value beyond it
     */
    AdjointProblem(String name, String title, String description, List<Parameter> parameters, List<String> variables,
            double[] z0, double maxHorizon, VectorField rhs) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.variables = List.copyOf(variables);
        this.z0 = z0.clone();
        this.maxHorizon = maxHorizon;
        this.rhs = rhs;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    public List<String> variables() {
        return variables;
    }

    /** The initial state z(0). */
    public double[] initialState() {
        return z0.clone();
    }

    /** The longest horizon T the lab computes gradients over; beyond it {@link #checkHorizon} refuses. */
    public double maxHorizon() {
        return maxHorizon;
    }

    /** @throws IllegalArgumentException when T is not positive and finite or exceeds {@link #maxHorizon()} */
    public void checkHorizon(double horizon) {
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            throw new IllegalArgumentException("horizon " + horizon + " must be positive and finite, such as 1, 10 or 100");
        }
        if (horizon > maxHorizon) {
            throw new IllegalArgumentException(name + " is chaotic: its gradients grow like exp(lambda T), so beyond T = "
                    + fmt(maxHorizon) + " no method (finite differences included) gives a meaningful value; use horizons up"
                    + " to " + fmt(maxHorizon) + ", was " + fmt(horizon));
        }
    }

    /** The parameter values as (1)-shaped float64 tensors that require gradients, in the order of {@link #parameters()}. */
    public List<Tensor> parameterTensors(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        List<Tensor> theta = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            theta.add(Tensor.fromValues(new double[] {v.get(p.name())}, DType.FLOAT64, 1).asVariable());
        }
        return theta;
    }

    /** The dynamics reading exactly {@code theta}, for {@link dev.neuralode.sensitivity.OdeSolve}. */
    public ParametricDynamics dynamics(List<Tensor> theta) {
        Tensor[] th = theta.toArray(Tensor[]::new);
        return ParametricDynamics.of((t, y) -> State.of(VectorField.apply(rhs, y.single(), th)), theta);
    }

    /** The loss on the final state, {@code L = sum_i z_i(T)^2}. */
    public static Tensor loss(Tensor finalState) {
        return finalState.square().sum();
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double[] theta = parameters.stream().mapToDouble(p -> v.get(p.name())).toArray();
        String label = title + " (" + v.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
        return OdeSystem.of(label, variables, 0, Math.min(10, maxHorizon), z0, (t, y, dy) -> rhs.f(y, theta, dy), null);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
