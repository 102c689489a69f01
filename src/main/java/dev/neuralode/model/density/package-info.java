/**
 * Log-densities as differentiable tensor expressions: the flows' Gaussian base distributions and
 * the paper's analytic targets, shared by the continuous and the planar flows.
 *
 * <p>May depend on: {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.density;
