/**
 * Headless training: immutable {@code Experiment} configs, {@code TrainingSession}s that publish
 * immutable snapshots to listeners, checkpoints, and the plain-array data that views draw.
 *
 * <p>May depend on: {@code model}, {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff},
 * {@code data}.
 */
package dev.neuralode.train;
