/**
 * Reverse-mode automatic differentiation over ND4J: {@code Tensor} (an {@code INDArray} plus its
 * place on the tape), one class per primitive op, and {@code Grad.grad}. Backward rules are written
 * in differentiable {@code Tensor} ops, so gradients of gradients work. Also owns the numeric
 * backend (ND4J start-up, threads, memory figures).
 *
 * <p>May depend on: ND4J and JavaCPP only.
 */
package dev.neuralode.autodiff;
