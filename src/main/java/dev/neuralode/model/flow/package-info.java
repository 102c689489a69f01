/**
 * Discrete normalizing flows (the planar flow baseline of the paper's Figures 4 and 5).
 *
 * <p>May depend on: {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.flow;
