package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/** The activation {@code 1 / (1 + exp(-x))}, elementwise, as a layer without parameters (PyTorch's {@code nn.Sigmoid}). */
public final class Sigmoid extends Layer {

    @Override
    public Tensor forward(Tensor x) {
        return x.sigmoid();
    }

    @Override
    public String toString() {
        return "Sigmoid()";
    }
}
