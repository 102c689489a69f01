package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;

/**
 * The dynamics {@code dh/dt = f(t, h)} of an {@link OdeBlock}. Implemented by a module, whose
 * parameters are the ones the block's solve differentiates with respect to.
 */
public interface BlockField {

    /** {@code f(t, h)}, of the shape of {@code h}. */
    Tensor derivative(double t, Tensor h);
}
