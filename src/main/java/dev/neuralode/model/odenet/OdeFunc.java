package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.ConcatConv2d;
import dev.neuralode.nn.GroupNorm;
import dev.neuralode.nn.Module;
import java.util.random.RandomGenerator;

/**
 * The ODE block's dynamics, {@code dh/dt = f(t, h)} on 64-channel feature maps (torchdiffeq's
 * {@code ODEfunc} in {@code odenet_mnist.py}): GroupNorm, ReLU, a 3x3 convolution that also reads t as
 * an extra input channel, GroupNorm, ReLU, the same kind of convolution, GroupNorm. 75,392
 * parameters at 64 channels.
 */
final class OdeFunc extends Module implements BlockField {

    private final GroupNorm norm1;
    private final ConcatConv2d conv1;
    private final GroupNorm norm2;
    private final ConcatConv2d conv2;
    private final GroupNorm norm3;

    OdeFunc(int channels, DType dtype, RandomGenerator rng) {
        norm1 = registerModule("norm1", MnistClassifier.norm(channels, dtype));
        conv1 = registerModule("conv1", new ConcatConv2d(channels, channels, 3, 1, 1, true, dtype, rng));
        norm2 = registerModule("norm2", MnistClassifier.norm(channels, dtype));
        conv2 = registerModule("conv2", new ConcatConv2d(channels, channels, 3, 1, 1, true, dtype, rng));
        norm3 = registerModule("norm3", MnistClassifier.norm(channels, dtype));
    }

    @Override
    public Tensor derivative(double t, Tensor h) {
        Tensor time = Tensor.scalar(t, h.dtype());
        Tensor out = norm1.forward(h).relu();
        out = conv1.forward(time, out);
        out = norm2.forward(out).relu();
        out = conv2.forward(time, out);
        return norm3.forward(out);
    }
}
