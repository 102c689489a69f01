package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Layer;

/** The mean over the spatial axes of an NCHW batch, {@code (N, C, H, W) -> (N, C)} (PyTorch's AdaptiveAvgPool2d(1) and Flatten). */
final class GlobalAveragePool extends Layer {

    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException("global average pooling needs an NCHW batch, shape was " + java.util.Arrays.toString(x.shape()));
        }
        return x.mean(false, 2, 3);
    }
}
