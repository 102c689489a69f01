package dev.neuralode.model.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trace estimators against a finite-difference Jacobian, the hypernet's closed form against them. */
class TraceTest {

    private static final DType F64 = DType.FLOAT64;

    private static Tensor points(int n, int d, long seed) {
        Random rng = new Random(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Tensor.fromValues(v, F64, n, d);
    }

    /** tr(df/dz) per row by central differences, one dimension at a time. */
    private static double[] finiteDifferenceTrace(VelocityField field, Tensor t, Tensor z) {
        int n = (int) z.size(0);
        int d = (int) z.size(1);
        double[] base = z.toDoubleArray();
        double[] trace = new double[n];
        double h = 1e-6;
        for (int k = 0; k < d; k++) {
            double[] plus = base.clone();
            double[] minus = base.clone();
            for (int r = 0; r < n; r++) {
                plus[r * d + k] += h;
                minus[r * d + k] -= h;
            }
            double[] fp = field.evaluate(t, Tensor.fromValues(plus, F64, n, d), false).velocity().toDoubleArray();
            double[] fm = field.evaluate(t, Tensor.fromValues(minus, F64, n, d), false).velocity().toDoubleArray();
            for (int r = 0; r < n; r++) {
                trace[r] += (fp[r * d + k] - fm[r * d + k]) / (2 * h);
            }
        }
        return trace;
    }

    private static double[] exactTrace(VelocityField field, Tensor t, Tensor z) {
        Tensor zv = z.asVariable();
        Tensor f = field.evaluate(t, zv, false).velocity();
        return TraceEstimator.exact().trace(f, zv, false).toDoubleArray();
    }

    @Test
    void exactTraceEqualsTheTraceOfAFiniteDifferenceJacobian() {
        VelocityField field = new ConcatSquashField(3, new int[] {16, 16}, ConcatSquashField.Activation.SOFTPLUS, F64, new Random(1));
        Tensor t = Tensor.scalar(0.3, F64);
        Tensor z = points(8, 3, 2);
        double[] exact = exactTrace(field, t, z);
        double[] fd = finiteDifferenceTrace(field, t, z);
        for (int r = 0; r < fd.length; r++) {
            assertEquals(fd[r], exact[r], 1e-7 * (1 + Math.abs(fd[r])), "row " + r);
        }
    }

    @Test
    void hypernetClosedFormTraceEqualsTheExactTrace() {
        HypernetField field = new HypernetField(2, 32, 64, F64, new Random(3));
        Tensor t = Tensor.scalar(1.7, F64);
        Tensor z = points(16, 2, 4);
        double[] closed = field.evaluate(t, z, true).trace().toDoubleArray();
        double[] exact = exactTrace(field, t, z);
        double[] fd = finiteDifferenceTrace(field, t, z);
        for (int r = 0; r < closed.length; r++) {
            assertEquals(exact[r], closed[r], 1e-10 * (1 + Math.abs(exact[r])), "row " + r);
            assertEquals(fd[r], closed[r], 1e-7 * (1 + Math.abs(fd[r])), "row " + r);
        }
    }

    /** In float32, on the fast host path: 4,000 solves' worth of draws, and far coarser than the tolerance. */
    @Test
    void hutchinsonMeanLiesWithinThreeStandardErrorsOfTheExactTrace() {
        DType f32 = DType.FLOAT32;
        VelocityField field = new ConcatSquashField(2, new int[] {32}, ConcatSquashField.Activation.TANH, f32, new Random(5));
        Tensor t = Tensor.scalar(0.5, f32);
        Tensor z = points(4, 2, 6).to(f32);
        double[] exact = exactTrace(field, t, z);
        for (TraceEstimator.Noise noise : TraceEstimator.Noise.values()) {
            TraceEstimator hutchinson = TraceEstimator.hutchinson(noise);
            Random rng = new Random(7);
            int draws = 2000;
            double[] sum = new double[4];
            double[] sumSq = new double[4];
            for (int k = 0; k < draws; k++) {
                hutchinson.beginSolve(4, 2, f32, rng);
                Tensor zv = z.asVariable();
                double[] est = hutchinson.trace(field.evaluate(t, zv, false).velocity(), zv, false).toDoubleArray();
                for (int r = 0; r < 4; r++) {
                    sum[r] += est[r];
                    sumSq[r] += est[r] * est[r];
                }
            }
            for (int r = 0; r < 4; r++) {
                double mean = sum[r] / draws;
                double variance = sumSq[r] / draws - mean * mean;
                double standardError = Math.sqrt(variance / draws);
                assertEquals(exact[r], mean, 3 * standardError + 1e-12, noise + " row " + r);
            }
        }
    }
}
