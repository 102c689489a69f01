/**
 * ODE-Net classifiers (MNIST) and their ResNet and RK-Net baselines.
 *
 * <p>May depend on: {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.odenet;
