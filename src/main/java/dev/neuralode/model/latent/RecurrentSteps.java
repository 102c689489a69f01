package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;

/**
 * Step-major inputs of a recurrent network over a batch of series (see {@link IrregularBatch}):
 * {@code inputs (L, B, 3)} with columns {@code x, y, time gap}, {@code active (L, B, 1)} (1 where
 * the series has an observation at that step), and for forward steps the next observation as
 * {@code targets (L, B, 2)} with {@code targetMask (L, B, 1)}.
 */
public record RecurrentSteps(Tensor inputs, Tensor active, boolean[] allActive, Tensor targets, Tensor targetMask) {

    /** The number of steps L. */
    public int length() {
        return allActive.length;
    }

    /** The input of step j, {@code (B, 3)}, or {@code (B, 2)} without the time gap. */
    public Tensor input(int j, boolean withGap) {
        Tensor x = row(inputs, j);
        return withGap ? x : x.slice(1, 0, IrregularBatch.DIM);
    }

    /** The activity mask of step j, {@code (B, 1)}, or null when every series is active there. */
    public Tensor activeOrNull(int j) {
        return allActive[j] ? null : row(active, j);
    }

    /** The targets of step j, {@code (B, 2)}. */
    public Tensor target(int j) {
        return row(targets, j);
    }

    /** The target mask of step j, {@code (B, 1)}. */
    public Tensor targetMask(int j) {
        return row(targetMask, j);
    }

    /**
     * The recurrent update {@code h' = active ? next : h}: a finished series keeps its last state,
     * so the state after the final step is each series' state after its own last observation.
     */
    public Tensor update(int j, Tensor next, Tensor h) {
        Tensor a = activeOrNull(j);
        return a == null ? next : Tensor.where(a, next, h);
    }

    private static Tensor row(Tensor t, int j) {
        long[] s = t.shape();
        return t.slice(0, j, j + 1).reshape(s[1], s[2]);
    }
}
