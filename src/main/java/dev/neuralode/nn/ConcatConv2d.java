package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A convolution that also sees time as one more constant input channel:
 * {@code y = Conv2d([t, x])} with {@code Conv2d} of {@code in + 1 -> out} channels (the ODE-Net's
 * layer in torchdiffeq's {@code examples/odenet_mnist.py}, and FFJORD's {@code ConcatConv2d}). As
 * there, the time channel comes first and the convolution is named {@code _layer}, so state dicts
 * from that code load here.
 */
public final class ConcatConv2d extends TimeLayer {

    private final Conv2d layer;

    /** A float32 layer with a bias. */
    public ConcatConv2d(int in, int out, int kernel, int stride, int padding, RandomGenerator rng) {
        this(in, out, kernel, stride, padding, true, DType.FLOAT32, rng);
    }

    public ConcatConv2d(int in, int out, int kernel, int stride, int padding, boolean withBias, DType dtype,
                        RandomGenerator rng) {
        if (in < 1) {
            throw new IllegalArgumentException("ConcatConv2d needs a positive input size, was in=" + in);
        }
        this.layer = registerModule("_layer", new Conv2d(in + 1, out, kernel, stride, padding, withBias, dtype, rng));
    }

    public Conv2d layer() {
        return layer;
    }

    /** @param x an NCHW batch with {@code in} channels */
    @Override
    public Tensor forward(Tensor t, Tensor x) {
        if (x.rank() != 4 || x.size(1) != layer.inChannels() - 1) {
            throw new IllegalArgumentException("ConcatConv2d(in=" + (layer.inChannels() - 1) + "): input shape "
                    + Arrays.toString(x.shape()) + " must be NCHW with " + (layer.inChannels() - 1) + " channels");
        }
        Tensor time = TimeInput.filled(TimeInput.scalar("ConcatConv2d", t, x), x.size(0), 1, x.size(2), x.size(3));
        return layer.forward(Tensor.concat(1, time, x));
    }
}
