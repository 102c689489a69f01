/**
 * Reverse-mode automatic differentiation: {@code Tensor} (its storage plus its place on the tape),
 * one op class or table row per primitive, and {@code Grad.grad}. Backward rules are written in
 * differentiable {@code Tensor} ops, so gradients of gradients work. Arithmetic goes through
 * {@link dev.neuralode.autodiff.kernel.Kernels}, whose two implementations ({@code kernel.host} and
 * {@code kernel.nd4j}) {@code KernelChoice} picks per dtype and backend. Also owns the numeric
 * backend's start-up (threads, memory figures).
 *
 * <p>May depend on: ND4J and JavaCPP only inside {@code kernel.nd4j}; OpenBLAS only inside
 * {@code kernel.host}.
 */
package dev.neuralode.autodiff;
