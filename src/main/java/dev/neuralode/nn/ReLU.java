package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/** The activation {@code max(x, 0)}, elementwise, as a layer without parameters (PyTorch's {@code nn.ReLU}). */
public final class ReLU extends Layer {

    @Override
    public Tensor forward(Tensor x) {
        return x.relu();
    }

    @Override
    public String toString() {
        return "ReLU()";
    }
}
