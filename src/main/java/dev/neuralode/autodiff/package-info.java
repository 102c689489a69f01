/**
 * Reverse-mode automatic differentiation: {@code Tensor} (its storage plus its place on the tape),
 * one op class or table row per primitive, and {@code Grad.grad}. Backward rules are written in
 * differentiable {@code Tensor} ops, so gradients of gradients work. Arithmetic goes through
 * {@link dev.neuralode.autodiff.kernel.Kernels}, whose two implementations ({@code kernel.host} and
 * {@code kernel.nd4j}) {@code KernelChoice} picks per dtype and backend. Also owns the numeric
 * backend's start-up (threads, memory figures).
 *
 * <p>Adding an elementwise function: a method on {@code Kernels} (both implementations then fail to
 * compile until they have it), a row of {@code Pointwise} naming it with its backward rule, and a
 * method on {@code Tensor}; then a case in {@code OpGradientTest} (finite differences at first and
 * second order, and through {@code HostPathTest} the two kernels against each other) and in
 * {@code HostNativeCallsTest} (no native call on the host kernels). An op with parameters or its own
 * shape rule is a small {@code Op} subclass instead of a row, with the same tests.
 *
 * <p>May depend on: ND4J only inside {@code kernel.nd4j}; JavaCPP and OpenBLAS only inside
 * {@code kernel.host} and {@code kernel.nd4j}.
 */
package dev.neuralode.autodiff;
