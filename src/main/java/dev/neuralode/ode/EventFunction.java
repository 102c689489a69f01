package dev.neuralode.ode;

/** A scalar function {@code g(t, y)} whose zeros are events, such as a ball's height. */
@FunctionalInterface
public interface EventFunction {

    double value(double t, State y);
}
