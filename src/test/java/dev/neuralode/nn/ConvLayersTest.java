package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conv2d and GroupNorm modules: names, shapes, initialisation, values, gradients. */
class ConvLayersTest {

    private static final DType F64 = DType.FLOAT64;
    private final Random rng = new Random(31);

    @Test
    void conv2dHasPytorchsParametersAndOutputShape() {
        Conv2d conv = new Conv2d(3, 8, 4, 2, 1, new SplittableRandom(1));
        assertEquals(List.of("weight", "bias"), List.copyOf(conv.namedParameters().keySet()));
        assertArrayEquals(new long[] {8, 3, 4, 4}, conv.weight().shape());
        double bound = 1 / Math.sqrt(3 * 4 * 4);
        assertTrue(conv.weight().value().maxAbs() <= bound);
        assertTrue(conv.bias().value().maxAbs() <= bound);
        // (13 + 2 - 4) / 2 + 1 = 6, the ODE-Net's downsampling of MNIST.
        Tensor y = conv.forward(Tensor.zeros(DType.FLOAT32, 2, 3, 13, 13));
        assertArrayEquals(new long[] {2, 8, 6, 6}, y.shape());
        assertEquals(DType.FLOAT32, y.dtype());
    }

    @Test
    void conv2dModuleUsesItsWeightAndBias() {
        Conv2d conv = new Conv2d(1, 1, 2, 1, 0, true, F64, new SplittableRandom(1));
        conv.weight().set(Tensor.fromValues(new double[] {1, 0, 0, -1}, F64, 1, 1, 2, 2));
        conv.bias().set(Tensor.fromValues(new double[] {10}, F64, 1));
        Tensor x = Tensor.fromValues(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, F64, 1, 1, 3, 3);
        assertArrayEquals(new double[] {6, 6, 6, 6}, conv.forward(x).toDoubleArray(), 0);
    }

    /** Wu and He's equation on plain arrays: per sample and group, biased variance over channels and positions. */
    private static double[] referenceGroupNorm(double[] x, long[] shape, int groups, double[] gamma, double[] beta, double eps) {
        int n = (int) shape[0];
        int c = (int) shape[1];
        int spatial = x.length / (n * c);
        int perGroup = c / groups * spatial;
        double[] y = new double[x.length];
        for (int s = 0; s < n; s++) {
            for (int g = 0; g < groups; g++) {
                int start = (s * c + g * (c / groups)) * spatial;
                double mean = 0;
                for (int i = 0; i < perGroup; i++) {
                    mean += x[start + i];
                }
                mean /= perGroup;
                double var = 0;
                for (int i = 0; i < perGroup; i++) {
                    var += (x[start + i] - mean) * (x[start + i] - mean);
                }
                var /= perGroup;
                for (int i = 0; i < perGroup; i++) {
                    int channel = g * (c / groups) + i / spatial;
                    y[start + i] = (x[start + i] - mean) / Math.sqrt(var + eps) * gamma[channel] + beta[channel];
                }
            }
        }
        return y;
    }

    @Test
    void groupNormMatchesItsDefinition() {
        for (int groups : new int[] {1, 2, 4}) {
            GroupNorm norm = new GroupNorm(groups, 4, 1e-5, true, F64);
            Tensor gamma = GradChecks.uniform(rng, 0.5, 1.5, 4);
            Tensor beta = GradChecks.uniform(rng, -1, 1, 4);
            norm.parameter("weight").set(gamma);
            norm.parameter("bias").set(beta);
            Tensor x = GradChecks.uniform(rng, -3, 3, 2, 4, 3, 2);
            double[] expected = referenceGroupNorm(x.toDoubleArray(), x.shape(), groups, gamma.toDoubleArray(),
                    beta.toDoubleArray(), 1e-5);
            assertArrayEquals(expected, norm.forward(x).toDoubleArray(), 1e-12, groups + " groups");
        }
    }

    @Test
    void groupNormByHand() {
        // One group holding 0 and 2: mean 1, variance 1, so y = -+1 / sqrt(1 + eps), before the identity affine.
        GroupNorm norm = new GroupNorm(1, 2, 1e-5, true, F64);
        assertEquals(List.of("weight", "bias"), List.copyOf(norm.namedParameters().keySet()));
        Tensor y = norm.forward(Tensor.fromRows(new double[][] {{0, 2}}, F64));
        double s = 1 / Math.sqrt(1 + 1e-5);
        assertArrayEquals(new double[] {-s, s}, y.toDoubleArray(), 1e-15);
        assertEquals(0, new GroupNorm(1, 2, 1e-5, false, F64).namedParameters().size());
    }

    @Test
    void groupNormGradientsAtFirstAndSecondOrder() {
        GroupNorm norm = new GroupNorm(2, 4, 1e-5, true, F64);
        GradChecks.check("GroupNorm", v -> {
            norm.parameter("weight").set(v[1]);
            norm.parameter("bias").set(v[2]);
            return norm.forward(v[0]);
        }, GradChecks.uniform(rng, -2, 2, 2, 4, 2, 2), GradChecks.uniform(rng, 0.5, 1.5, 4), GradChecks.uniform(rng, -1, 1, 4));
    }

    @Test
    void conv2dModuleGradientsAtFirstAndSecondOrder() {
        Conv2d conv = new Conv2d(2, 2, 3, 2, 1, true, F64, new SplittableRandom(2));
        GradChecks.check("Conv2d", v -> {
            conv.weight().set(v[1]);
            return conv.forward(v[0]).softplus();
        }, GradChecks.uniform(rng, -1, 1, 1, 2, 4, 4), GradChecks.uniform(rng, -1, 1, 2, 2, 3, 3));
    }

    @Test
    void rejectsBadConfigurations() {
        var groups = assertThrows(IllegalArgumentException.class, () -> new GroupNorm(3, 4));
        assertTrue(groups.getMessage().contains("4 channels") && groups.getMessage().contains("3 groups"), groups.getMessage());
        var channels = assertThrows(IllegalArgumentException.class, () -> new GroupNorm(2, 4).forward(Tensor.zeros(DType.FLOAT32, 1, 3, 2, 2)));
        assertTrue(channels.getMessage().contains("[1, 3, 2, 2]"), channels.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(1, 1, 0, 1, 0, new SplittableRandom(1)));
    }
}
