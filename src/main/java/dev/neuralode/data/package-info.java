/**
 * Datasets as plain arrays: toy 2D generators, drawn and imported point sets, spirals, MNIST.
 * Randomness always comes in as an explicit seeded generator.
 *
 * <p>May depend on: {@code io} only.
 */
package dev.neuralode.data;
