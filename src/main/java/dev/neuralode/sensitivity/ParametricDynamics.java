package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.State;
import java.util.List;

/**
 * Dynamics {@code f(t, z; theta)} together with the parameter tensors theta it reads, which the
 * adjoint methods differentiate with respect to. The dynamics must read exactly these tensors (for
 * a module: its parameters' current tensors) and not change them during a solve.
 */
public interface ParametricDynamics extends Dynamics {

    /** The parameters theta; gradients are returned for those that require one. */
    List<Tensor> parameters();

    static ParametricDynamics of(Dynamics f, List<Tensor> parameters) {
        List<Tensor> fixed = List.copyOf(parameters);
        return new ParametricDynamics() {
            @Override
            public State derivative(double t, State y) {
                return f.derivative(t, y);
            }

            @Override
            public List<Tensor> parameters() {
                return fixed;
            }
        };
    }
}
