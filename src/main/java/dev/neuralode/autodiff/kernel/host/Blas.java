package dev.neuralode.autodiff.kernel.host;

import org.bytedeco.openblas.global.openblas;

/**
 * Matrix products on Java float arrays through OpenBLAS's {@code cblas_sgemm}, called directly,
 * because ND4J's own mmul path adds more overhead per call than the product costs at Neural ODE
 * sizes (README, "Autodiff"). Transposes are BLAS flags, so no transposed copy is ever made.
 */
final class Blas {

    private Blas() {
    }

    /**
     * {@code C = op(A) op(B)} with row-major A and B, where {@code op} transposes when asked.
     *
     * @param n rows of op(A) and C
     * @param k columns of op(A), rows of op(B)
     * @param m columns of op(B) and C
     */
    static float[] gemm(float[] a, boolean transA, float[] b, boolean transB, int n, int k, int m) {
        if (k == 0 || (long) n * k * m <= SMALL) {
            float[] c = HostScope.zeros(n * m);
            small(a, transA, b, transB, c, n, k, m);
            return c;
        }
        // With beta = 0 BLAS writes C without reading it, so recycled contents do not matter.
        float[] c = HostScope.floats(n * m);
        HostScope.countNativeCall();
        openblas.cblas_sgemm(openblas.CblasRowMajor,
                transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans,
                n, m, k, 1f, a, transA ? n : k, b, transB ? k : m, 0f, c, m);
        return c;
    }

    /** Below this many multiply-adds the JNI call and its array copies cost more than the arithmetic. */
    private static final long SMALL = 2048;

    private static void small(float[] a, boolean transA, float[] b, boolean transB, float[] c, int n, int k, int m) {
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                float aip = transA ? a[p * n + i] : a[i * k + p];
                int ci = i * m;
                if (transB) {
                    for (int j = 0; j < m; j++) {
                        c[ci + j] += aip * b[j * k + p];
                    }
                } else {
                    int bp = p * m;
                    for (int j = 0; j < m; j++) {
                        c[ci + j] += aip * b[bp + j];
                    }
                }
            }
        }
    }
}
