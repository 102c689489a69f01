/**
 * How gradients flow through a solve: direct backpropagation through the solver, the backsolve
 * adjoint (the paper's Algorithm 1) and the checkpointed adjoint.
 *
 * <p>May depend on: {@code ode}, {@code autodiff}.
 */
package dev.neuralode.sensitivity;
