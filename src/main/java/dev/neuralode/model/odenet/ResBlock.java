package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Conv2d;
import dev.neuralode.nn.GroupNorm;
import dev.neuralode.nn.Layer;
import java.util.random.RandomGenerator;

/**
 * A pre-activation residual block (He et al., "Identity Mappings in Deep Residual Networks", 2016;
 * torchdiffeq's {@code ResBlock}): {@code h + conv2(relu(norm2(conv1(relu(norm1(h))))))} with 3x3
 * convolutions without bias. 73,984 parameters at 64 channels.
 */
final class ResBlock extends Layer {

    private final GroupNorm norm1;
    private final Conv2d conv1;
    private final GroupNorm norm2;
    private final Conv2d conv2;

    ResBlock(int channels, DType dtype, RandomGenerator rng) {
        norm1 = registerModule("norm1", MnistClassifier.norm(channels, dtype));
        conv1 = registerModule("conv1", new Conv2d(channels, channels, 3, 1, 1, false, dtype, rng));
        norm2 = registerModule("norm2", MnistClassifier.norm(channels, dtype));
        conv2 = registerModule("conv2", new Conv2d(channels, channels, 3, 1, 1, false, dtype, rng));
    }

    @Override
    public Tensor forward(Tensor h) {
        Tensor out = conv1.forward(norm1.forward(h).relu());
        out = conv2.forward(norm2.forward(out).relu());
        return h.add(out);
    }
}
