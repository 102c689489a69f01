package dev.neuralode.autodiff.kernel.host;

/**
 * Axis permutations that leave the trailing axes in place, such as the {@code (O, N, OH, OW)} to
 * {@code (N, O, OH, OW)} swap after a convolution's matrix product and its reverse in the backward
 * pass: every trailing block is contiguous in both arrays, so it is one {@code System.arraycopy},
 * where the element-by-element walk of {@link HostShape#permute} costs several times more at
 * MNIST sizes. Other permutations go to that walk.
 */
final class HostPermute {

    /** Blocks shorter than this are left to the element-by-element walk. */
    private static final int MIN_BLOCK = 16;

    private HostPermute() {
    }

    /** Axes reordered: {@code y.shape[i] = x.shape[order[i]]}. */
    static float[] permute(float[] x, long[] sx, int[] order) {
        int lead = order.length;
        int block = 1;
        while (lead > 0 && order[lead - 1] == lead - 1) {
            lead--;
            block *= (int) sx[lead];
        }
        if (block < MIN_BLOCK && lead > 0) {
            return HostShape.permute(x, sx, order);
        }
        // Strides of x's leading axes, counted in blocks.
        int[] stride = new int[lead];
        int blocks = 1;
        for (int i = lead - 1; i >= 0; i--) {
            stride[i] = blocks;
            blocks *= (int) sx[i];
        }
        float[] y = HostScope.floats(x.length);
        for (int b = 0; b < blocks; b++) {
            // b is the block's index in y; its index along y's axis i is a digit in y's shape.
            int rest = b;
            int src = 0;
            for (int i = lead - 1; i >= 0; i--) {
                int size = (int) sx[order[i]];
                src += rest % size * stride[order[i]];
                rest /= size;
            }
            System.arraycopy(x, src * block, y, b * block, block);
        }
        return y;
    }
}
