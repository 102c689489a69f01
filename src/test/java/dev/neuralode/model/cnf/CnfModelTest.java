package dev.neuralode.model.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.density.GaussianBase;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Parameter;
import dev.neuralode.ode.Odeint;
import dev.neuralode.sensitivity.Sensitivity;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CnfModelTest {

    private static final DType F64 = DType.FLOAT64;

    /** f(t, z) = z A^T, whose trace is tr(A). */
    private static final class LinearField extends Module implements VelocityField {
        private final Parameter a;

        LinearField(double... entries) {
            a = registerParameter("a", Tensor.fromValues(entries, F64, 2, 2));
        }

        @Override
        public FieldValue evaluate(Tensor t, Tensor z, boolean analyticTrace) {
            double[] av = a.value().toDoubleArray();
            Tensor trace = analyticTrace ? Tensor.full(av[0] + av[3], F64, z.size(0), 1) : null;
            return new FieldValue(z.matmulNT(a.tensor()), trace);
        }

        @Override
        public boolean hasAnalyticTrace() {
            return true;
        }

        @Override
        public Module module() {
            return this;
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    /**
     * With f = A z over time T, x = exp(A T) z, so x is Gaussian with covariance s^2 exp(AT) exp(AT)^T;
     * for the diagonal A used here that is diagonal with variances s^2 exp(2 a_ii T).
     */
    @Test
    void linearFieldGivesTheExactPushedForwardGaussian() {
        double a1 = 0.4;
        double a2 = -0.7;
        double time = 1.5;
        double variance = 0.5;
        for (TraceEstimator estimator : new TraceEstimator[] {TraceEstimator.exact(), TraceEstimator.hutchinson(TraceEstimator.Noise.RADEMACHER)}) {
            CnfModel model = new CnfModel(new LinearField(a1, 0, 0, a2), estimator, new GaussianBase(variance), 0.0, time,
                    false, false, false);
            double[] x = {0.3, -1.1, 2.0, 0.4, -0.5, 0.9};
            Tensor points = Tensor.fromValues(x, F64, 3, 2);
            double[] log = model.logDensity(points, Odeint.with("dopri5").tolerances(1e-10, 1e-10), Sensitivity.direct(),
                    new Random(1)).logDensity().toDoubleArray();
            for (int r = 0; r < 3; r++) {
                double v1 = variance * Math.exp(2 * a1 * time);
                double v2 = variance * Math.exp(2 * a2 * time);
                double expected = -0.5 * (x[2 * r] * x[2 * r] / v1 + x[2 * r + 1] * x[2 * r + 1] / v2)
                        - 0.5 * Math.log(2 * Math.PI * v1) - 0.5 * Math.log(2 * Math.PI * v2);
                // With Rademacher noise, eps^T D eps = tr(D) for a diagonal D: Hutchinson is exact here too.
                assertEquals(expected, log[r], 1e-8, estimator.name() + " row " + r);
            }
        }
    }

    /** For f = A z the kinetic energy along a path is exact: integral of |A z(t)|^2 with z(t) = exp(At) z0. */
    @Test
    void kineticEnergyIsTheIntegralOfTheSquaredSpeed() {
        double a = 0.5;
        double time = 2.0;
        CnfModel model = new CnfModel(new LinearField(a, 0, 0, a), TraceEstimator.exact(), GaussianBase.standard(), 0.0, time,
                false, true, true);
        double[] z0 = {1.0, -2.0};
        CnfModel.Flow flow = model.push(Tensor.fromValues(z0, F64, 1, 2), Odeint.with("dopri5").tolerances(1e-10, 1e-10),
                Sensitivity.direct(), new Random(3));
        double r2 = z0[0] * z0[0] + z0[1] * z0[1];
        // |A z(t)|^2 = a^2 r^2 exp(2 a t); its integral over [0, T] is a r^2 (exp(2 a T) - 1) / 2.
        assertEquals(a * r2 * (Math.exp(2 * a * time) - 1) / 2, flow.kinetic().item(), 1e-7);
        // For A = a I and Rademacher noise, |eps^T A|^2 = 2 a^2 at every step: the Frobenius term is 2 a^2 T.
        assertEquals(2 * a * a * time, flow.jacobian().item(), 1e-9);
    }

    @Test
    void logDensityChangeIsMinusTraceTimesTimeAndTheDensityIsNormalised() {
        double time = 0.8;
        CnfModel model = new CnfModel(new LinearField(0.3, 0.5, -0.2, -0.6), TraceEstimator.exact(), GaussianBase.standard(),
                0.0, time, false, false, false);
        int n = 120;
        double lo = -6;
        double h = 12.0 / n;
        double[] grid = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                grid[2 * (i * n + j)] = lo + (i + 0.5) * h;
                grid[2 * (i * n + j) + 1] = lo + (j + 0.5) * h;
            }
        }
        CnfModel.Flow flow = model.logDensity(Tensor.fromValues(grid, F64, (long) n * n, 2),
                Odeint.with("dopri5").tolerances(1e-9, 1e-9), Sensitivity.direct(), new Random(2));
        double[] change = flow.solution().state(1).part(1).toDoubleArray();
        assertEquals((0.3 - 0.6) * time, change[17], 1e-9, "delta log p = -tr(A) T integrated from data to base");
        double mass = 0;
        for (double l : flow.logDensity().toDoubleArray()) {
            mass += Math.exp(l) * h * h;
        }
        assertEquals(1.0, mass, 1e-3);
    }
}
