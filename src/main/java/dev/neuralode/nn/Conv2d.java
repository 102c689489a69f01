package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.random.RandomGenerator;

/**
 * A 2-D convolution over NCHW batches (PyTorch's {@code nn.Conv2d}, a cross-correlation):
 * {@code y[n, o] = b[o] + sum_c W[o, c] * x[n, c]}, with {@code weight} of shape
 * {@code (out, in, k, k)} and {@code bias} of shape {@code (out)}, both initialised from
 * {@code U(-1/sqrt(in k k), 1/sqrt(in k k))} as PyTorch does. Output size per spatial axis:
 * {@code (size + 2 padding - k) / stride + 1}.
 *
 * <p>Built on {@link Tensor#conv2d}, so gradients of every order exist.
 */
public final class Conv2d extends Layer {

    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final Parameter weight;
    private final Parameter bias;

    /** A float32 convolution with a bias. */
    public Conv2d(int in, int out, int kernel, int stride, int padding, RandomGenerator rng) {
        this(in, out, kernel, stride, padding, true, DType.FLOAT32, rng);
    }

    public Conv2d(int in, int out, int kernel, int stride, int padding, boolean withBias, DType dtype, RandomGenerator rng) {
        if (in < 1 || out < 1 || kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("Conv2d needs positive in, out, kernel and stride and padding >= 0, was in=" + in
                    + ", out=" + out + ", kernel=" + kernel + ", stride=" + stride + ", padding=" + padding);
        }
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        double bound = Init.pytorchDefaultBound((long) in * kernel * kernel);
        this.weight = registerParameter("weight", Init.uniform(rng, bound, dtype, out, in, kernel, kernel));
        this.bias = withBias ? registerParameter("bias", Init.uniform(rng, bound, dtype, out)) : null;
    }

    public Parameter weight() {
        return weight;
    }

    /** The bias, or {@code null} for a convolution without one. */
    public Parameter bias() {
        return bias;
    }

    public int inChannels() {
        return in;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.conv2d(weight.tensor(), bias == null ? null : bias.tensor(), stride, padding);
    }

    @Override
    public String toString() {
        return "Conv2d(" + in + ", " + out + ", kernel=" + kernel + ", stride=" + stride + ", padding=" + padding + ")";
    }
}
