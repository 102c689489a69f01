package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/** The activation {@code tanh(x)}, elementwise, as a layer without parameters (PyTorch's {@code nn.Tanh}). */
public final class Tanh extends Layer {

    @Override
    public Tensor forward(Tensor x) {
        return x.tanh();
    }

    @Override
    public String toString() {
        return "Tanh()";
    }
}
