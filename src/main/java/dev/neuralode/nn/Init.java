package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.random.RandomGenerator;

/**
 * Parameter initialisers. Randomness always comes in as an explicit seeded generator
 * ({@link java.util.Random}, {@link java.util.SplittableRandom}, ...), so a seed fixes a model.
 */
public final class Init {

    private Init() {
    }

    /** Values drawn independently from {@code U(-bound, bound)}, filled in C order. */
    public static Tensor uniform(RandomGenerator rng, double bound, DType dtype, long... shape) {
        if (rng == null) {
            throw new IllegalArgumentException("pass a seeded random generator, such as new SplittableRandom(seed)");
        }
        if (!(bound >= 0) || Double.isInfinite(bound)) {
            throw new IllegalArgumentException("the bound of a uniform initialiser must be finite and non-negative, was " + bound);
        }
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = bound * (2 * rng.nextDouble() - 1);
        }
        return Tensor.fromValues(v, dtype, shape);
    }

    /** Values drawn independently from {@code N(0, std^2)}, filled in C order. */
    public static Tensor normal(RandomGenerator rng, double std, DType dtype, long... shape) {
        if (rng == null) {
            throw new IllegalArgumentException("pass a seeded random generator, such as new SplittableRandom(seed)");
        }
        double[] v = new double[Math.toIntExact(java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
        for (int i = 0; i < v.length; i++) {
            v[i] = std * rng.nextGaussian();
        }
        return Tensor.fromValues(v, dtype, shape);
    }

    /**
     * PyTorch's default for {@code Linear} and {@code Conv2d} weights and biases:
     * {@code kaiming_uniform_(a = sqrt(5))} gives the bound
     * {@code gain sqrt(3 / fanIn)} with {@code gain = sqrt(2 / (1 + a^2)) = sqrt(1/3)}, that is
     * {@code 1 / sqrt(fanIn)}; the bias uses the same bound.
     */
    public static double pytorchDefaultBound(long fanIn) {
        if (fanIn < 1) {
            throw new IllegalArgumentException("fan-in must be positive, was " + fanIn);
        }
        return 1.0 / Math.sqrt(fanIn);
    }

    /** A filled array (GroupNorm's initial scale 1 and shift 0). */
    public static Tensor constant(double value, DType dtype, long... shape) {
        return Tensor.full(value, dtype, shape);
    }
}
