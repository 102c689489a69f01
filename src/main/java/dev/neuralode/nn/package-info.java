/**
 * Neural-network building blocks over the autodiff: {@code Module} and parameters, layers,
 * activations, initialisers, optimizers, learning-rate schedules, {@code .npz} state dicts.
 *
 * <p>May depend on: {@code autodiff}.
 */
package dev.neuralode.nn;
