package dev.neuralode.lab;

import java.util.function.ToDoubleFunction;

/**
 * A quantity the exact flow conserves (a Kepler orbit's energy and angular momentum); the lab shows
 * how far the numerical solution drifts from its initial value.
 *
 * @param name what it is called in the window and the table
 * @param value its value at a state
 */
public record Invariant(String name, ToDoubleFunction<double[]> value) {
}
