package dev.neuralode.sensitivity;

import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The adjoint's augmented system (Chen et al., 2018, Algorithm 1): for the state
 * {@code [z, a, g]} with {@code a = dL/dz} and {@code g} accumulating {@code dL/dtheta},
 * <pre>
 *   dz/dt = f(t, z),   da/dt = -a^T df/dz,   dg/dt = -a^T df/dtheta,
 * </pre>
 * solved backwards in time. The vector-Jacobian products come from one backward pass through a
 * fresh evaluation of f. Parts: the P state parts, then their P adjoints, then one part per
 * parameter.
 */
final class AugmentedDynamics implements Dynamics {

    private final ParametricDynamics f;
    private final int stateParts;
    private final List<Tensor> parameters;

    AugmentedDynamics(ParametricDynamics f, int stateParts, List<Tensor> parameters) {
        this.f = f;
        this.stateParts = stateParts;
        this.parameters = parameters;
    }

    /** The augmented state {@code [z, a, g]}. */
    static State augment(State z, State a, List<Tensor> g) {
        List<Tensor> parts = new ArrayList<>();
        for (int p = 0; p < z.size(); p++) {
            parts.add(z.part(p));
        }
        for (int p = 0; p < a.size(); p++) {
            parts.add(a.part(p));
        }
        parts.addAll(g);
        return State.of(parts.toArray(Tensor[]::new));
    }

    @Override
    @SuppressWarnings("try") // the scope only switches recording on
    public State derivative(double t, State aug) {
        Tensor[] z = new Tensor[stateParts];
        Tensor[] a = new Tensor[stateParts];
        for (int p = 0; p < stateParts; p++) {
            z[p] = aug.part(p).asVariable();
            a[p] = aug.part(stateParts + p);
        }
        Tensor[] out = new Tensor[aug.size()];
        try (GradMode recording = GradMode.enabled()) {
            State fz = f.derivative(t, State.of(z));
            List<Tensor> outputs = new ArrayList<>(stateParts);
            for (int p = 0; p < stateParts; p++) {
                outputs.add(fz.part(p));
                out[p] = fz.part(p).detach();
            }
            List<Tensor> inputs = new ArrayList<>(Arrays.asList(z));
            inputs.addAll(parameters);
            List<Tensor> vjp = requiringGrad(outputs)
                    ? Grad.grad(outputs, inputs, Arrays.asList(a), false, true)
                    : Arrays.asList(new Tensor[inputs.size()]);
            for (int i = 0; i < inputs.size(); i++) {
                Tensor v = vjp.get(i);
                Tensor like = i < stateParts ? z[i] : parameters.get(i - stateParts);
                out[stateParts + i] = v == null ? Tensor.zeros(like.dtype(), like.shape()) : v.neg();
            }
        }
        return State.of(out);
    }

    private static boolean requiringGrad(List<Tensor> outputs) {
        for (Tensor o : outputs) {
            if (o.requiresGrad()) {
                return true;
            }
        }
        return false;
    }
}
