/**
 * File plumbing shared by every layer: atomic writes (a temporary file in the target's directory,
 * then a rename), so that a crash or a full disk never leaves a half-written checkpoint, dataset
 * or result behind.
 *
 * <p>May depend on: nothing else in this project.
 */
package dev.neuralode.io;
