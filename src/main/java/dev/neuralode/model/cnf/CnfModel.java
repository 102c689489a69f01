package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.density.GaussianBase;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Parameter;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;
import dev.neuralode.sensitivity.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A continuous normalizing flow between a Gaussian base density and the data (Chen et al., 2018,
 * section 4; Grathwohl et al., 2019): a {@link VelocityField} integrated between the base time and
 * the data time, with a trace estimator and optional RNODE regularisers.
 *
 * <p>Callers name times by a normalised time {@code s} in [0, 1] with {@code s = 0} at the base and
 * {@code s = 1} at the data, {@code t(s) = t_base + s (t_data - t_base)}: one convention for
 * torchdiffeq's {@code cnf.py} (data at t = 10, base at 0) and FFJORD (data at 0, base at T). The
 * solver integrates in the model's own time t, as torchdiffeq does, so that a model takes the same
 * steps (the adaptive first step is not invariant to rescaling time). Only a learnt end time
 * ({@code T = sqrt_end_time^2}, FFJORD's parametrisation) that needs its gradient is integrated in s,
 * {@code dz/ds = (t_data - t_base) f(t(s), z)}, where the span carries that gradient.
 *
 * <p>Log-density: integrate {@code (x, 0)} from s = 1 to 0 to {@code (z, L)}; then
 * {@code log p(x) = log p_base(z) - L}. Sampling: integrate {@code (z, 0)} from s = 0 to 1 to
 * {@code (x, L)}; then {@code log q(x) = log p_base(z) + L}.
 */
public final class CnfModel extends Module {

    /**
     * Points at one end of the flow, their log-density, and the regularisers' integrals (null when off).
     * The solve ran in a time tau with {@code s = (tau - timeOrigin) / timeSpan}: the model's own time,
     * or s itself (origin 0, span 1).
     */
    public record Flow(Tensor points, Tensor logDensity, Tensor kinetic, Tensor jacobian, GradientSolution solution,
                       double timeOrigin, double timeSpan) {
    }

    private final VelocityField field;
    private final GaussianBase base;
    private final double baseTime;
    private final double dataTime;
    private final Parameter sqrtEndTime;
    // Training options that can change between iterations without a new model.
    private volatile TraceEstimator estimator;
    private volatile boolean kinetic;
    private volatile boolean jacobian;

    /**
     * @param learnEndTime whether the data-to-base span is learnt (FFJORD: base at
     *     {@code t_data + T}, {@code T = p^2}, with p named {@code sqrt_end_time} and starting at
     *     {@code sqrt(baseTime - dataTime)})
     */
    public CnfModel(VelocityField field, TraceEstimator estimator, GaussianBase base, double baseTime, double dataTime,
            boolean learnEndTime, boolean kinetic, boolean jacobian) {
        if (!(Double.isFinite(baseTime) && Double.isFinite(dataTime)) || baseTime == dataTime) {
            throw new IllegalArgumentException("the base and data times must be finite and differ, were " + baseTime
                    + " and " + dataTime);
        }
        if (learnEndTime && baseTime < dataTime) {
            throw new IllegalArgumentException("a learnt end time follows FFJORD: data at t = " + dataTime
                    + " and the base later, at t = " + dataTime + " + T; the base time " + baseTime + " comes before it");
        }
        registerModule("net", field.module());
        this.field = field;
        this.estimator = estimator;
        this.base = base;
        this.baseTime = baseTime;
        this.dataTime = dataTime;
        this.kinetic = kinetic;
        this.jacobian = jacobian;
        this.sqrtEndTime = learnEndTime
                ? registerParameter("sqrt_end_time", Tensor.full(Math.sqrt(baseTime - dataTime),
                        field.module().parameters().get(0).dtype(), 1))
                : null;
    }

    /** Changes the trace estimator and the regularisers from the next solve on. */
    public void configure(TraceEstimator newEstimator, boolean withKinetic, boolean withJacobian) {
        this.estimator = newEstimator;
        this.kinetic = withKinetic;
        this.jacobian = withJacobian;
    }

    public VelocityField field() {
        return field;
    }

    public GaussianBase base() {
        return base;
    }

    public TraceEstimator estimator() {
        return estimator;
    }

    public int dimension() {
        return field.dimension();
    }

    /** The span {@code t_data - t_base}: a constant, or {@code -sqrt_end_time^2} when learnt. */
    Tensor span(DType dtype) {
        return sqrtEndTime != null ? sqrtEndTime.tensor().square().neg().reshape() : Tensor.scalar(dataTime - baseTime, dtype);
    }

    /** The current base time (the learnt one when the end time is learnt). */
    public double baseTime() {
        return sqrtEndTime != null ? dataTime + sqrtEndTime.tensor().square().item() : baseTime;
    }

    public double dataTime() {
        return dataTime;
    }

    /** The model time of normalised time s. */
    public double time(double s) {
        return baseTime() + s * (dataTime - baseTime());
    }

    /** The dynamics in normalised time, integrating in the direction {@code sign} (+1 towards the data). */
    ParametricDynamics dynamics(Tensor span, double sign) {
        CnfDynamics inner = new CnfDynamics(field, estimator, kinetic, jacobian, sign);
        double t0 = baseTime();
        double delta = dataTime - t0;
        return new ParametricDynamics() {
            @Override
            public State derivative(double s, State y) {
                State d = inner.derivative(t0 + s * delta, y);
                Tensor[] scaled = new Tensor[d.size()];
                for (int p = 0; p < scaled.length; p++) {
                    // Regularisers accumulate |dt| = |span| ds; z and log p follow dt = span ds.
                    scaled[p] = d.part(p).mul(p < 2 ? span : span.abs());
                }
                return State.of(scaled);
            }

            @Override
            public List<Tensor> parameters() {
                List<Tensor> all = new ArrayList<>(inner.parameters());
                if (sqrtEndTime != null) {
                    all.add(sqrtEndTime.tensor());
                }
                return all;
            }
        };
    }

    /**
     * The dynamics in model time, integrating in the direction {@code sign} (+1 towards the data):
     * {@code dz/dt = f(t, z)}; the regularisers accumulate {@code |dt|}, which is {@code dt} times the
     * sign of {@code t_data - t_base}, as they accumulate {@code |span| ds} in normalised time.
     */
    ParametricDynamics dynamicsInTime(double sign) {
        CnfDynamics inner = new CnfDynamics(field, estimator, kinetic, jacobian, sign);
        double direction = Math.signum(dataTime - baseTime());
        if (direction > 0 || !(kinetic || jacobian)) {
            return inner;
        }
        return new ParametricDynamics() {
            @Override
            public State derivative(double t, State y) {
                State d = inner.derivative(t, y);
                Tensor[] parts = new Tensor[d.size()];
                for (int p = 0; p < parts.length; p++) {
                    parts[p] = p < 2 ? d.part(p) : d.part(p).neg();
                }
                return State.of(parts);
            }

            @Override
            public List<Tensor> parameters() {
                return inner.parameters();
            }
        };
    }

    /** {@code log p(x)} for data points {@code x (n, d)}, integrating from the data to the base. */
    public Flow logDensity(Tensor x, Odeint solver, Sensitivity sensitivity, RandomGenerator rng) {
        return flow(x, 1.0, 0.0, solver, sensitivity, rng, -1.0);
    }

    /**
     * {@code log p_s(x)}, the flow's density at normalised time s (s = 0 is the base, s = 1 the data),
     * by integrating from s down to the base. At s = 0 it is the base density itself.
     */
    public Flow logDensityAt(double s, Tensor x, Odeint solver, RandomGenerator rng) {
        if (!(s >= 0 && s <= 1)) {
            throw new IllegalArgumentException("the normalised time must lie in [0, 1], was " + s);
        }
        if (s == 0) {
            return new Flow(x, base.logDensity(x), null, null, null, 0, 1);
        }
        return flow(x, s, 0.0, solver, Sensitivity.direct(), rng, -1.0);
    }

    /** Pushes base points {@code z (n, d)} to the data side, with {@code log q} of the results. */
    public Flow push(Tensor z, Odeint solver, Sensitivity sensitivity, RandomGenerator rng) {
        return flow(z, 0.0, 1.0, solver, sensitivity, rng, +1.0);
    }

    private Flow flow(Tensor start, double s0, double s1, Odeint solver, Sensitivity sensitivity, RandomGenerator rng,
            double sign) {
        if (start.rank() != 2 || start.size(1) != dimension()) {
            throw new IllegalArgumentException("points must have shape (n, " + dimension() + "), was "
                    + java.util.Arrays.toString(start.shape()));
        }
        int n = (int) start.size(0);
        estimator.beginSolve(n, dimension(), start.dtype(), rng);
        List<Tensor> parts = new ArrayList<>();
        parts.add(start);
        int extra = 1 + (kinetic ? 1 : 0) + (jacobian ? 1 : 0);
        for (int k = 0; k < extra; k++) {
            parts.add(Tensor.zeros(start.dtype(), n, 1));
        }
        // In the model's own time wherever no gradient needs a learnt end time: the adaptive solver's first
        // step is not invariant to rescaling time, and only in t does a model take the steps it takes in
        // torchdiffeq. A learnt end time is differentiated through the span, so training FFJORD runs in s.
        boolean modelTime = sqrtEndTime == null || !GradMode.isEnabled();
        GradientSolution sol = OdeSolve.solve(solver, sensitivity, modelTime ? dynamicsInTime(sign) : dynamics(span(start.dtype()), sign),
                State.of(parts.toArray(Tensor[]::new)), modelTime ? TimeGrid.of(time(s0), time(s1)) : TimeGrid.of(s0, s1));
        State end = sol.state(1);
        Tensor points = end.part(0);
        Tensor change = end.part(1);
        Tensor logBase = base.logDensity(sign < 0 ? points : start);
        Tensor logDensity = sign < 0 ? logBase.sub(change) : logBase.add(change);
        int k = 2;
        Tensor kin = kinetic ? end.part(k++) : null;
        Tensor jac = jacobian ? end.part(k) : null;
        return modelTime ? new Flow(points, logDensity, kin, jac, sol, baseTime(), dataTime - baseTime())
                : new Flow(points, logDensity, kin, jac, sol, 0, 1);
    }
}
