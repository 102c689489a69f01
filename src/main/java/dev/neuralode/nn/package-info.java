/**
 * Neural-network building blocks over the autodiff: {@code Module} and {@code Parameter} with
 * PyTorch-style dotted names, layers ({@code Linear}, {@code ConcatLinear},
 * {@code ConcatSquashLinear}, {@code Conv2d}, {@code ConcatConv2d}, {@code GroupNorm}, GRU and RNN
 * cells), activations, initialisers, optimizers ({@code SGD}, {@code Adam}, {@code AdamW},
 * {@code RMSprop}), learning-rate schedules, gradient clipping, and {@code .npz} state dicts that
 * load PyTorch weights saved with NumPy.
 *
 * <p>May depend on: {@code autodiff} and ND4J's array types.
 */
package dev.neuralode.nn;
