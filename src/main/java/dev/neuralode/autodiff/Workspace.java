package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.host.HostScope;

/**
 * A scope whose float32 host arrays are recycled when it closes, so that the next scope reuses
 * memory that is still in the CPU's caches (the host kernels' {@link HostScope}; on the ND4J kernels
 * a workspace changes nothing).
 *
 * <p>Why: a fresh Java array costs more to allocate, zero and bring into cache than an elementwise
 * op's arithmetic on it. The evaluation of an ODE's dynamics that nothing will differentiate (a solve
 * without gradients, the adjoint's backward solve) creates dozens of such arrays and keeps only its
 * result, so the solver opens one workspace per evaluation and copies the result out
 * ({@link #keep}). A training iteration runs in one too, keeping only the parameters' gradients
 * ({@link #keepGradients}).
 *
 * <p>Safety: every tensor computed on the host kernels while a workspace is open belongs to it, and
 * reading it after the workspace closed throws rather than returning recycled memory. Scopes nest and
 * must close in reverse order; they are per thread.
 */
public final class Workspace implements AutoCloseable {

    private final HostScope scope;

    private Workspace(HostScope scope) {
        this.scope = scope;
    }

    /** Opens a workspace on this thread: {@code try (Workspace ws = Workspace.open()) {...}}. */
    public static Workspace open() {
        return new Workspace(HostScope.open());
    }

    /**
     * A copy of a tensor's values that outlives the workspaces it was computed in, as a constant (the
     * tape inside a workspace dies with it). Tensors that no workspace owns are returned as they are.
     */
    public static Tensor keep(Tensor t) {
        return t.kept();
    }

    /**
     * Copies the gradients accumulated into {@code leaves} out of every workspace, so that an
     * optimizer can read them after the workspace of a training iteration closed. The iteration's
     * activations and tape are recycled; only the gradients and the parameters survive.
     */
    public static void keepGradients(Iterable<Tensor> leaves) {
        for (Tensor leaf : leaves) {
            if (leaf.grad() != null) {
                leaf.setGrad(keep(leaf.grad()));
            }
        }
    }

    @Override
    public void close() {
        scope.close();
    }
}
