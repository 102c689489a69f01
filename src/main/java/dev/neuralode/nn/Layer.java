package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/** A module that maps one tensor to another: {@code y = layer(x)}. */
public abstract class Layer extends Module {

    /** Applies the layer; records on the tape when gradients are on. */
    public abstract Tensor forward(Tensor x);
}
