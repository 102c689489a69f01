package dev.neuralode.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope whose float32 host arrays are recycled when it closes, so that the next scope reuses
 * memory that is still in the CPU's caches.
 *
 * <p>Why: a fresh 128 KB Java array (a 512 x 64 activation) costs about 30 us to allocate, zero and
 * bring into cache, against about 4 us for the arithmetic of an elementwise op on it. The evaluation
 * of an ODE's dynamics that nothing will differentiate (a solve without gradients, the adjoint's
 * backward solve) creates dozens of such arrays and keeps only its result, so the solver opens one
 * workspace per evaluation and copies the result out ({@link #keep}).
 *
 * <p>Safety: every tensor computed on the host path while a workspace is open belongs to it, and
 * reading it after the workspace closed throws rather than returning recycled memory. Scopes nest and
 * must close in reverse order; they are per thread.
 */
public final class Workspace implements AutoCloseable {

    /** Arrays of one length kept for reuse beyond this are left to the garbage collector. */
    private static final int MAX_POOLED_PER_LENGTH = 64;

    private static final ThreadLocal<Workspace> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Map<Integer, ArrayDeque<float[]>>> POOL = ThreadLocal.withInitial(HashMap::new);

    /** Tests set this to fill recycled arrays with NaN, so that a kernel relying on zeroed memory shows. */
    static volatile boolean poisonOnClose;

    private final Workspace parent;
    private final List<float[]> lent = new ArrayList<>();
    private volatile boolean open = true;

    private Workspace(Workspace parent) {
        this.parent = parent;
    }

    /** Opens a workspace on this thread: {@code try (Workspace ws = Workspace.open()) {...}}. */
    public static Workspace open() {
        Workspace w = new Workspace(CURRENT.get());
        CURRENT.set(w);
        return w;
    }

    /** The innermost open workspace of this thread, or null. */
    static Workspace current() {
        return CURRENT.get();
    }

    boolean isOpen() {
        return open;
    }

    /** An array of n floats with unspecified contents (from the pool inside a workspace). */
    static float[] floats(int n) {
        Workspace w = CURRENT.get();
        if (w == null) {
            return new float[n];
        }
        ArrayDeque<float[]> free = POOL.get().get(n);
        float[] a = free == null || free.isEmpty() ? new float[n] : free.pop();
        w.lent.add(a);
        return a;
    }

    /** An array of n zeros. */
    static float[] zeros(int n) {
        Workspace w = CURRENT.get();
        float[] a = floats(n);
        if (w != null) {
            java.util.Arrays.fill(a, 0f);
        }
        return a;
    }

    /**
     * A copy of a tensor's values that outlives the workspaces it was computed in, as a constant (the
     * tape inside a workspace dies with it). Tensors that no workspace owns are returned as they are.
     */
    public static Tensor keep(Tensor t) {
        return t.owner() == null ? t : Tensor.ownerless(t.host().clone(), t.shape());
    }

    @Override
    public void close() {
        if (CURRENT.get() != this) {
            throw new IllegalStateException("workspaces must close in reverse order of opening, on the thread that opened them");
        }
        open = false;
        Map<Integer, ArrayDeque<float[]>> pool = POOL.get();
        for (float[] a : lent) {
            if (poisonOnClose) {
                java.util.Arrays.fill(a, Float.NaN);
            }
            ArrayDeque<float[]> free = pool.computeIfAbsent(a.length, k -> new ArrayDeque<>());
            if (free.size() < MAX_POOLED_PER_LENGTH) {
                free.push(a);
            }
        }
        lent.clear();
        CURRENT.set(parent);
    }
}
