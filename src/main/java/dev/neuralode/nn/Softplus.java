package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/** The activation {@code log(1 + exp(x))} (PyTorch's default beta = 1), elementwise, as a layer without parameters (PyTorch's {@code nn.Softplus}). */
public final class Softplus extends Layer {

    @Override
    public Tensor forward(Tensor x) {
        return x.softplus();
    }

    @Override
    public String toString() {
        return "Softplus()";
    }
}
