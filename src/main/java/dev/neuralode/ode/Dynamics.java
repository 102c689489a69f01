package dev.neuralode.ode;

/**
 * The right-hand side {@code dy/dt = f(t, y)} of an ODE whose state is a {@link State} (one tensor or
 * a tuple of tensors).
 *
 * <p>The solver hands {@code t} already rounded to the state's dtype, as torchdiffeq does, so a model
 * that builds a tensor from {@code t} sees the same value in float32 as PyTorch would. The returned
 * state must have the same parts and shapes as {@code y}. Build it with {@code Tensor} operations so
 * that gradients can flow through the solve.
 */
@FunctionalInterface
public interface Dynamics {

    /** The derivative at {@code (t, y)}. */
    State derivative(double t, State y);

    /** Dynamics of a one-tensor state. */
    static Dynamics of(TensorDynamics f) {
        return (t, y) -> State.of(f.derivative(t, y.single()));
    }
}
