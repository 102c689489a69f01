package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.function.DoubleFunction;

/** ODEs with known solutions, batched as (batch, dim) tensors, for the solver tests. */
final class TestProblems {

    private TestProblems() {
    }

    /**
     * A problem {@code dy/dt = f(t, y)} with exact solution {@code y(t)} given as rows of a matrix.
     *
     * @param name for test names
     * @param f the dynamics
     * @param exact the solution at t, shape (batch, dim)
     */
    record Problem(String name, TensorDynamics f, DoubleFunction<double[][]> exact) {

        Tensor exactTensor(double t, DType dtype) {
            return Tensor.fromRows(exact.apply(t), dtype);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code y' = 3t^2 - 2t + 1}: a right-hand side polynomial in t, so y is a cubic. */
    static Problem polynomial() {
        return new Problem("polynomial", (t, y) -> Tensor.full(3 * t * t - 2 * t + 1, y.dtype(), y.shape()),
                t -> new double[][] {{t * t * t - t * t + t + 0.5}, {t * t * t - t * t + t - 1.0}});
    }

    /** {@code y' = A y} for a 2x2 matrix with complex eigenvalues, against {@code expm(A t) y0}. */
    static Problem linearSystem() {
        double[][] a = {{-0.4, 2.0}, {-1.5, -0.2}};
        double[][] y0 = {{1.0, 0.0}, {0.3, -0.8}, {-0.5, 0.5}};
        double[][] aT = {{a[0][0], a[1][0]}, {a[0][1], a[1][1]}};
        return new Problem("linear system", (t, y) -> y.matmul(Tensor.fromRows(aT, y.dtype())), t -> {
            double[][] e = MatrixExponential.of(a, t);
            double[][] out = new double[y0.length][2];
            for (int b = 0; b < y0.length; b++) {
                for (int i = 0; i < 2; i++) {
                    out[b][i] = e[i][0] * y0[b][0] + e[i][1] * y0[b][1];
                }
            }
            return out;
        });
    }

    /** {@code y' = cos(t)}: y = sin(t) + y0. */
    static Problem sine() {
        return new Problem("sine", (t, y) -> Tensor.full(Math.cos(t), y.dtype(), y.shape()),
                t -> new double[][] {{Math.sin(t)}, {Math.sin(t) + 2}});
    }

    /** {@code y' = 0.8 y}: exponential growth. */
    static Problem exponentialGrowth() {
        return new Problem("exponential growth", (t, y) -> y.mul(0.8),
                t -> new double[][] {{Math.exp(0.8 * t)}, {-2 * Math.exp(0.8 * t)}});
    }

    /** {@code y' = y^2 cos(t)}: nonlinear and non-autonomous, {@code y = 1 / (c - sin t)}. */
    static Problem nonlinear() {
        return new Problem("nonlinear", (t, y) -> y.square().mul(Math.cos(t)),
                t -> new double[][] {{1 / (2 - Math.sin(t))}, {1 / (3 - Math.sin(t))}});
    }

    /** Largest absolute difference between a tensor and exact values. */
    static double maxError(Tensor y, double[][] exact) {
        double[] v = y.toDoubleArray();
        double m = 0;
        for (int b = 0, k = 0; b < exact.length; b++) {
            for (int i = 0; i < exact[b].length; i++, k++) {
                m = Math.max(m, Math.abs(v[k] - exact[b][i]));
            }
        }
        return m;
    }

    /** {@code expm(A t)} by scaling and squaring a Taylor series, accurate to rounding for small matrices. */
    static final class MatrixExponential {

        private MatrixExponential() {
        }

        static double[][] of(double[][] a, double t) {
            int n = a.length;
            double norm = 0;
            for (double[] row : a) {
                for (double v : row) {
                    norm = Math.max(norm, Math.abs(v * t));
                }
            }
            int squarings = Math.max(0, (int) Math.ceil(Math.log(norm * n + 1e-300) / Math.log(2)) + 4);
            double scale = t / Math.pow(2, squarings);
            double[][] result = identity(n);
            double[][] term = identity(n);
            for (int k = 1; k < 30; k++) {
                term = multiply(term, a);
                for (double[] row : term) {
                    for (int j = 0; j < n; j++) {
                        row[j] *= scale / k;
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        result[i][j] += term[i][j];
                    }
                }
            }
            for (int s = 0; s < squarings; s++) {
                result = multiply(result, result);
            }
            return result;
        }

        private static double[][] identity(int n) {
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                m[i][i] = 1;
            }
            return m;
        }

        private static double[][] multiply(double[][] x, double[][] y) {
            int n = x.length;
            double[][] z = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        z[i][j] += x[i][k] * y[k][j];
                    }
                }
            }
            return z;
        }
    }
}
