package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;

/**
 * A module whose output also depends on time: {@code y = layer(t, x)}, the shape of the layers
 * an ODE's dynamics {@code f(t, z)} are built from (FFJORD's "diffeq layers").
 */
public abstract class TimeLayer extends Module {

    /**
     * Applies the layer at time {@code t}.
     *
     * @param t a one-element tensor (rank 0 or shape (1) or (1, 1)) of the same dtype as {@code x}
     */
    public abstract Tensor forward(Tensor t, Tensor x);
}
