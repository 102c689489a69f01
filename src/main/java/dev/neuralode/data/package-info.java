/**
 * Datasets as plain arrays: toy 2D generators, drawn and imported point sets, spirals, MNIST.
 * Randomness always comes in as an explicit seeded generator.
 *
 * <p>May depend on: nothing else in this project.
 */
package dev.neuralode.data;
