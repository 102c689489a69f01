package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/** The activation {@code x sigmoid(x)} (also called swish), elementwise, as a layer without parameters (PyTorch's {@code nn.SiLU}). */
public final class SiLU extends Layer {

    @Override
    public Tensor forward(Tensor x) {
        return x.silu();
    }

    @Override
    public String toString() {
        return "SiLU()";
    }
}
