/**
 * The paper's models and their baselines, one sub-package each.
 *
 * <p>May depend on: {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model;
