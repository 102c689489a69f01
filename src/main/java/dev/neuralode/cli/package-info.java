/**
 * The command-line entry ({@code train}, {@code eval}, {@code bench}, {@code reproduce}): every
 * experiment the window runs also runs here, headless, writing CSV, JSON and PNG.
 *
 * <p>May depend on: {@code train} and everything below it; never on {@code ui}.
 */
package dev.neuralode.cli;
