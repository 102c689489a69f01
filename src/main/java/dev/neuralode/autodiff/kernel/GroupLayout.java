package dev.neuralode.autodiff.kernel;

/**
 * How group normalisation sees an NCHW-like batch (Wu and He, ECCV 2018): {@code batch} samples of
 * {@code channels} channels of {@code spatial} values each, the channels split into {@code groups}
 * consecutive groups. In C order each group is one contiguous block of {@link #groupSize} values, so
 * the batch is a {@code (batch groups, groupSize)} matrix with one row per group.
 */
public record GroupLayout(int batch, int channels, int groups, int spatial) {

    public GroupLayout {
        if (batch < 0 || spatial < 0 || groups < 1 || channels < groups || channels % groups != 0) {
            throw new IllegalArgumentException("group layout: " + channels + " channels in " + groups + " groups, batch "
                    + batch + ", " + spatial + " values per channel");
        }
    }

    /** The layout of {@code shape = (N, C, ...)}. */
    public static GroupLayout of(long[] shape, int groups) {
        long spatial = 1;
        for (int i = 2; i < shape.length; i++) {
            spatial *= shape[i];
        }
        return new GroupLayout(Math.toIntExact(shape[0]), Math.toIntExact(shape[1]), groups, Math.toIntExact(spatial));
    }

    /** Channels per group. */
    public int channelsPerGroup() {
        return channels / groups;
    }

    /** Values per group: a row of the {@code (batch groups, groupSize)} view. */
    public int groupSize() {
        return channelsPerGroup() * spatial;
    }

    /** Number of groups in the batch: rows of that view. */
    public int rows() {
        return batch * groups;
    }
}
