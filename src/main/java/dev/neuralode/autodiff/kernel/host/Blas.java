package dev.neuralode.autodiff.kernel.host;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Matrix products on Java float arrays through OpenBLAS's {@code cblas_sgemm}, called directly,
 * because ND4J's own mmul path adds more overhead per call than the product costs at Neural ODE
 * sizes (docs/benchmarks.md, "Benchmark: bench autodiff"). Transposes are BLAS flags, so no
 * transposed copy is ever made.
 */
final class Blas {

    private Blas() {
    }

    static void setThreads(int threads) {
        openblas.blas_set_num_threads(threads);
    }

    /**
     * {@code C = op(A) op(B)} with row-major A and B, where {@code op} transposes when asked.
     *
     * @param n rows of op(A) and C
     * @param k columns of op(A), rows of op(B)
     * @param m columns of op(B) and C
     */
    static float[] gemm(float[] a, boolean transA, float[] b, boolean transB, int n, int k, int m) {
        if (isSmall(n, k, m)) {
            float[] c = HostScope.zeros(n * m);
            small(a, transA, b, transB, c, n, k, m);
            return c;
        }
        // With beta = 0 BLAS writes C without reading it, so recycled contents do not matter.
        float[] c = HostScope.floats(n * m);
        long size = (long) a.length + b.length + c.length;
        if (size < STAGED || (long) n * m * k < INTENSITY * size) {
            HostScope.countNativeCall();
            openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                    transB ? openblas.CblasTrans : openblas.CblasNoTrans, n, m, k, 1f, a, transA ? n : k, b, transB ? k : m, 0f, c, m);
            return c;
        }
        // Java arrays passed to JNI are copied in and back out, inputs included; for the large,
        // compute-heavy products of convolutions that doubled the time of the product. Through this
        // thread's native buffers the inputs are copied in once and only C comes back (docs/benchmarks.md,
        // "Benchmark: bench mnist"). Products that stream their operands once (the latent ODE's decoder
        // over 100,000 points) gained nothing that way, so they stay on the arrays.
        staged(A, a.length).put(a);
        staged(B, b.length).put(b);
        FloatBuffer product = staged(C, c.length);
        stagedGemm(A, transA, B, transB, C, n, k, m);
        product.get(c);
        return c;
    }

    /** Operand floats from which a product goes through native buffers rather than Java arrays. */
    private static final long STAGED = 1L << 20;

    /** Multiply-adds per operand float from which it does: a 3x3 or 4x4 convolution over 64 channels has about 60. */
    private static final long INTENSITY = 32;

    /** Slots of this thread's native buffers. */
    static final int A = 0;
    static final int B = 1;
    static final int C = 2;

    /** Each thread's native buffers, grown as products need, and a view of each. */
    private static final ThreadLocal<FloatPointer[]> STAGING = ThreadLocal.withInitial(() -> new FloatPointer[3]);
    private static final ThreadLocal<FloatBuffer[]> VIEWS = ThreadLocal.withInitial(() -> new FloatBuffer[3]);

    /**
     * This thread's native buffer {@code slot} holding at least {@code length} floats, as a buffer
     * positioned at 0 whose absolute indices are the matrix's (the contents are whatever the slot last
     * held). {@link HostConv2d} fills slots and reads products with bulk copies, which lets it lay out
     * its output while copying it; element-by-element access to a native buffer was several times
     * slower than to an array.
     */
    static FloatBuffer staged(int slot, long length) {
        FloatPointer[] buffers = STAGING.get();
        FloatBuffer[] views = VIEWS.get();
        FloatPointer p = buffers[slot];
        if (p == null || p.capacity() < length) {
            if (p != null) {
                p.close();
            }
            p = new FloatPointer(length);
            buffers[slot] = p;
            views[slot] = p.asBuffer();
        }
        return views[slot].clear();
    }

    /**
     * {@code slot c = op(slot a) op(slot b)} over this thread's native buffers, row-major, op transposing
     * when asked: {@code (n, k) (k, m)}.
     */
    static void stagedGemm(int a, boolean transA, int b, boolean transB, int c, int n, int k, int m) {
        FloatPointer[] buffers = STAGING.get();
        HostScope.countNativeCall();
        openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, n, m, k, 1f, buffers[a].position(0), transA ? n : k,
                buffers[b].position(0), transB ? k : m, 0f, buffers[c].position(0), m);
    }

    /** Below this many multiply-adds the JNI call and its array copies cost more than the arithmetic. */
    private static final long SMALL = 2048;

    /** Whether an {@code (n, k) (k, m)} product is below BLAS's break-even (or empty). */
    static boolean isSmall(int n, int k, int m) {
        return k == 0 || (long) n * k * m <= SMALL;
    }

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
