package dev.neuralode.autodiff.kernel.host;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A per-thread scope whose float32 arrays are recycled when it closes, so that the next scope
 * reuses memory still in the CPU's caches (the engine's {@code Workspace} is its public face).
 *
 * <p>Why: a fresh 128 KB Java array (a 512 x 64 activation) costs several times the arithmetic of an
 * elementwise op on it to allocate, zero and bring into cache. Every array a host kernel makes while
 * a scope is open is lent by that scope; {@link HostStorage} refuses to be read once its scope
 * closed, rather than return recycled memory. Scopes nest and close in reverse order.
 */
public final class HostScope implements AutoCloseable {

    /**
     * Floats a thread keeps for reuse: 256 MB, or an eighth of the heap if that is less; arrays beyond
     * are left to the garbage collector. Much of what a training iteration of the latent ODE on 1,000
     * spirals lends is 8 MB decoder activations, which G1 would otherwise allocate as humongous
     * objects every time.
     */
    static final long MAX_POOLED_FLOATS = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8 / Float.BYTES);

    private static final ThreadLocal<HostScope> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<ArrayPool> POOL = ThreadLocal.withInitial(() -> new ArrayPool(MAX_POOLED_FLOATS));
    private static final AtomicLong NATIVE_CALLS = new AtomicLong();

    /** Tests set this to fill recycled arrays with NaN, so that a kernel relying on zeroed memory shows. */
    public static volatile boolean poisonOnClose;

    private final HostScope parent;
    private final List<float[]> lent = new ArrayList<>();
    private volatile boolean open = true;

    private HostScope(HostScope parent) {
        this.parent = parent;
    }

    /** Opens a scope on this thread. */
    public static HostScope open() {
        HostScope s = new HostScope(CURRENT.get());
        CURRENT.set(s);
        return s;
    }

    /** The innermost open scope of this thread, or null. */
    static HostScope current() {
        return CURRENT.get();
    }

    boolean isOpen() {
        return open;
    }

    /** An array of n floats with unspecified contents (from the pool inside a scope). */
    static float[] floats(int n) {
        HostScope s = CURRENT.get();
        if (s == null) {
            return new float[n];
        }
        float[] a = POOL.get().take(n);
        s.lent.add(a);
        return a;
    }

    /** An array of n zeros. */
    static float[] zeros(int n) {
        float[] a = floats(n);
        if (CURRENT.get() != null) {
            java.util.Arrays.fill(a, 0f);
        }
        return a;
    }

    /** Called by each direct native call of the host kernels (BLAS), which {@link #nativeCalls} counts. */
    static void countNativeCall() {
        NATIVE_CALLS.incrementAndGet();
    }

    /** Native calls the host kernels have made since start-up: only matrix products through BLAS. */
    public static long nativeCalls() {
        return NATIVE_CALLS.get();
    }

    @Override
    public void close() {
        if (CURRENT.get() != this) {
            throw new IllegalStateException("workspaces must close in reverse order of opening, on the thread that opened them");
        }
        open = false;
        ArrayPool pool = POOL.get();
        for (float[] a : lent) {
            if (poisonOnClose) {
                java.util.Arrays.fill(a, Float.NaN);
            }
            pool.give(a);
        }
        lent.clear();
        if (parent == null) {
            pool.endScope();
        }
        CURRENT.set(parent);
    }
}
