package dev.neuralode.autodiff.kernel.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shifted form of col2im, which a convolution's backward pass uses on stride-1 windows that keep
 * the width, against the run-by-run walk that the public col2im kernel uses (itself checked against
 * the definition in {@code ConvKernelsTest}).
 */
class HostConvTest {

    @ParameterizedTest(name = "x {0}x{1}x{2}x{3}, kernel {4}x{5}, padding {6}")
    @CsvSource({
        "2, 3, 6, 6, 3, 3, 1",
        "2, 2, 5, 4, 1, 3, 1",
        "1, 2, 2, 3, 5, 5, 2",
        "3, 1, 7, 5, 5, 3, 1",
        "2, 2, 4, 5, 1, 1, 0"})
    void shiftedScatterSumsLikeTheWalk(int n, int c, int h, int w, int kh, int kw, int padding) {
        ConvGeometry g = ConvGeometry.of("test", new long[] {n, c, h, w}, kh, kw, 1, padding);
        assertTrue(HostConv.isShifted(g), g.toString());
        Random rng = new Random(h * 100L + w * 10L + kh);
        float[] patches = new float[g.patchRows() * g.batch * g.positions()];
        for (int i = 0; i < patches.length; i++) {
            patches[i] = rng.nextFloat() * 2 - 1;
        }
        float[] expected = HostConv.col2im(patches.clone(), g);
        assertArrayEquals(expected, HostConv.col2imConsuming(patches, g), 1e-6f, g.toString());
    }
}
