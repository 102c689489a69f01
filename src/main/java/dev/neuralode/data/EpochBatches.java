package dev.neuralode.data;

import java.util.SplittableRandom;

/**
 * Minibatches of {@code count} items drawn without replacement within an epoch, each epoch in an
 * order of its own: {@link Permutations#shuffled} driven by {@code new SplittableRandom(seed ^ (phi *
 * (epoch + 1)))}, phi the 64-bit golden ratio constant. The batch of an iteration depends on the seed
 * and its number alone, so a resumed run draws the same batches as an uninterrupted one. An epoch is
 * the items in full batches; the few left over are dropped for that epoch, as PyTorch's
 * {@code DataLoader(drop_last=True)} does (another order next epoch leaves out others).
 *
 * <p>Keeps the current epoch's order; not for concurrent use (sessions call it under their lock).
 */
public final class EpochBatches {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int count;
    private final int batchSize;
    private final long seed;
    private int[] order;
    private int orderedEpoch = -1;

    /** @param batchSize items per batch; more than {@code count} gives batches of all items */
    public EpochBatches(int count, int batchSize, long seed) {
        if (count < 1 || batchSize < 1) {
            throw new IllegalArgumentException("batches need at least one item and a batch size of at least 1, were "
                    + count + " items and batch size " + batchSize);
        }
        this.count = count;
        this.batchSize = Math.min(batchSize, count);
        this.seed = seed;
    }

    /** Items per batch: the requested size, or all items when there are fewer. */
    public int batchSize() {
        return batchSize;
    }

    /** Full batches per epoch. */
    public int perEpoch() {
        return Math.max(1, count / batchSize);
    }

    /** The 0-based epoch of a 1-based iteration. */
    public int epochOf(long iteration) {
        requireIteration(iteration);
        return (int) ((iteration - 1) / perEpoch());
    }

    /** The item indices of the batch of a 1-based iteration. */
    public int[] indices(long iteration) {
        int epoch = epochOf(iteration);
        if (epoch != orderedEpoch) {
            order = Permutations.shuffled(count, new SplittableRandom(seed ^ (GOLDEN * (epoch + 1))));
            orderedEpoch = epoch;
        }
        int within = (int) ((iteration - 1) % perEpoch());
        int[] batch = new int[batchSize];
        System.arraycopy(order, within * batchSize, batch, 0, batchSize);
        return batch;
    }

    private static void requireIteration(long iteration) {
        if (iteration < 1) {
            throw new IllegalArgumentException("iterations are numbered from 1, was " + iteration);
        }
    }
}
