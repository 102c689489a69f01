package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;

/** The right-hand side {@code dy/dt = f(t, y)} of an ODE whose state is one (batched) tensor. */
@FunctionalInterface
public interface TensorDynamics {

    /** The derivative at {@code (t, y)}: a tensor of the same shape and dtype as {@code y}. */
    Tensor derivative(double t, Tensor y);
}
