package dev.neuralode.autodiff.kernel.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.neuralode.autodiff.kernel.Shapes;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block permutation against the element-by-element walk, over shapes with and without a trailing block. */
class HostPermuteTest {

    private static final long[][] SHAPES = {
        {64, 3, 7, 7}, {5, 4, 28, 28}, {2, 3, 4, 5}, {3, 2, 1, 20}, {4, 5, 17}, {2, 3, 16}, {6, 40}, {2, 0, 20, 20}, {1, 1, 32},
    };

    private static final int[][][] ORDERS = {
        {{1, 0, 2, 3}, {0, 1, 2, 3}, {2, 0, 1, 3}, {1, 2, 0, 3}, {3, 2, 1, 0}, {0, 2, 1, 3}, {0, 1, 3, 2}},
        {{1, 0, 2}, {0, 1, 2}, {2, 1, 0}, {1, 2, 0}},
        {{1, 0}, {0, 1}},
    };

    @Test
    void blocksMatchTheElementWalk() {
        Random rng = new Random(4);
        for (long[] shape : SHAPES) {
            float[] x = new float[(int) Shapes.length(shape)];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextFloat();
            }
            for (int[] order : ORDERS[4 - shape.length]) {
                assertArrayEquals(HostShape.permute(x, shape, order), HostPermute.permute(x, shape, order),
                        Arrays.toString(shape) + " by " + Arrays.toString(order));
            }
        }
    }
}
