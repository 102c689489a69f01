/**
 * Datasets as plain arrays: toy 2D generators, drawn and imported point sets, two-class tasks in the
 * plane, spirals, MNIST, and the seeded orders (shuffles, epoch batches) they are split and batched in.
 * Randomness always comes in as an explicit seeded generator.
 *
 * <p>May depend on: {@code io} only.
 */
package dev.neuralode.data;
