package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Parameter;
import dev.neuralode.ode.State;
import dev.neuralode.sensitivity.ParametricDynamics;
import java.util.List;

/**
 * The augmented dynamics of a continuous normalizing flow (Chen et al., 2018, Theorem 1, the
 * instantaneous change of variables) with FFJORD's and RNODE's extras:
 * <pre>
 *   dz/dt = f(t, z),   d(delta log p)/dt = -tr(df/dz),
 *   dE_kin/dt = s |f|^2,   dE_jac/dt = s |eps^T df/dz|^2      (optional; Finlay et al. 2020)
 * </pre>
 * per batch row, where {@code s} = +1 or -1 is the direction of integration so that the
 * regularisers accumulate positive amounts either way. State parts: {@code z (n, d)}, then
 * {@code (n, 1)} each for the log-density change and each regulariser switched on.
 *
 * <p>The trace is the field's closed form when it has one and the estimator is exact, else the
 * estimator's. Vector-Jacobian products need z on a tape even when the caller records nothing (as
 * torchdiffeq's {@code cnf.py} does with {@code set_grad_enabled(True)}); whether the trace is itself
 * recorded (createGraph) follows the caller's recording mode, so an evaluation that will not be
 * differentiated pays for no second-order graph.
 */
public final class CnfDynamics implements ParametricDynamics {

    private final VelocityField field;
    private final TraceEstimator estimator;
    private final boolean kinetic;
    private final boolean jacobian;
    private final double direction;

    CnfDynamics(VelocityField field, TraceEstimator estimator, boolean kinetic, boolean jacobian, double direction) {
        this.field = field;
        this.estimator = estimator;
        this.kinetic = kinetic;
        this.jacobian = jacobian;
        this.direction = direction;
    }

    /** The number of state parts: z, the log-density change, and one per regulariser. */
    int parts() {
        return 2 + (kinetic ? 1 : 0) + (jacobian ? 1 : 0);
    }

    @Override
    public List<Tensor> parameters() {
        return field.module().parameters().stream().map(Parameter::tensor).toList();
    }

    @Override
    @SuppressWarnings("try") // the scope only switches recording on
    public State derivative(double t, State y) {
        boolean recording = GradMode.isEnabled();
        Tensor z = y.part(0);
        Tensor[] out = new Tensor[parts()];
        try (GradMode on = GradMode.enabled()) {
            Tensor zv = z.requiresGrad() ? z : z.asVariable();
            Tensor time = Tensor.scalar(t, z.dtype());
            boolean closedForm = field.hasAnalyticTrace() && estimator.isExact();
            VelocityField.FieldValue v = field.evaluate(time, zv, closedForm);
            Tensor f = v.velocity();
            Tensor trace;
            Tensor noiseProduct = null;
            if (closedForm) {
                trace = v.trace();
            } else {
                trace = estimator.trace(f, zv, recording);
                noiseProduct = estimator.lastNoiseProduct();
            }
            out[0] = f;
            out[1] = trace.neg();
            int k = 2;
            if (kinetic) {
                out[k++] = f.square().sum(true, 1).mul(direction);
            }
            if (jacobian) {
                if (noiseProduct == null) {
                    noiseProduct = Grad.grad(List.of(f), List.of(zv), List.of(estimator.noiseFor(zv)), recording, false).get(0);
                }
                out[k] = noiseProduct.square().sum(true, 1).mul(direction);
            }
        }
        if (!recording) {
            for (int p = 0; p < out.length; p++) {
                out[p] = out[p].detach();
            }
        }
        return State.of(out);
    }
}
