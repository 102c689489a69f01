package dev.neuralode.autodiff.kernel.host;

import org.bytedeco.javacpp.FloatPointer;
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
        int transposeA = transA ? openblas.CblasTrans : openblas.CblasNoTrans;
        int transposeB = transB ? openblas.CblasTrans : openblas.CblasNoTrans;
        long size = (long) a.length + b.length + c.length;
        if (size < STAGED || (long) n * m * k < INTENSITY * size) {
            openblas.cblas_sgemm(openblas.CblasRowMajor, transposeA, transposeB, n, m, k, 1f, a, transA ? n : k, b,
                    transB ? k : m, 0f, c, m);
            return c;
        }
        // Java arrays passed to JNI are copied in and back out, inputs included; for the large,
        // compute-heavy products of convolutions that doubled the time of the product. Through this
        // thread's native buffers the inputs are copied in once and only C comes back (README,
        // "Benchmark: bench mnist"). Products that stream their operands once (the latent ODE's decoder
        // over 100,000 points) gained nothing that way, so they stay on the arrays.
        FloatPointer[] buffers = STAGING.get();
        FloatPointer pa = staged(buffers, 0, a.length).put(a);
        FloatPointer pb = staged(buffers, 1, b.length).put(b);
        FloatPointer pc = staged(buffers, 2, c.length);
        openblas.cblas_sgemm(openblas.CblasRowMajor, transposeA, transposeB, n, m, k, 1f, pa, transA ? n : k, pb,
                transB ? k : m, 0f, pc, m);
        pc.get(c);
        return c;
    }

    /** Operand floats from which a product goes through native buffers rather than Java arrays. */
    private static final long STAGED = 1L << 20;

    /** Multiply-adds per operand float from which it does: a 3x3 or 4x4 convolution over 64 channels has about 60. */
    private static final long INTENSITY = 32;

    /** Each thread's native buffers for A, B and C, grown as products need. */
    private static final ThreadLocal<FloatPointer[]> STAGING = ThreadLocal.withInitial(() -> new FloatPointer[3]);

    private static FloatPointer staged(FloatPointer[] buffers, int slot, int length) {
        FloatPointer p = buffers[slot];
        if (p == null || p.capacity() < length) {
            if (p != null) {
                p.close();
            }
            p = new FloatPointer(length);
            buffers[slot] = p;
        }
        return p.position(0);
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
