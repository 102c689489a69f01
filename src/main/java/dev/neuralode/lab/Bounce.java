package dev.neuralode.lab;

import java.util.function.UnaryOperator;

/**
 * A terminal event and what happens at it: the solve stops where {@code g(t, y)} falls through zero,
 * the state is mapped by {@code reset} (a ball's velocity reversed and damped), and the solve goes on
 * from there.
 *
 * @param g the event function, positive while the solve may go on
 * @param reset the state just after the event, from the state at it
 * @param maxEvents the most events in one solve (a ball at rest bounces infinitely often: Zeno)
 */
public record Bounce(EventG g, UnaryOperator<double[]> reset, int maxEvents) {

    /** A scalar function of {@code (t, y)} whose falling zeros are events. */
    @FunctionalInterface
    public interface EventG {
        double value(double t, double[] y);
    }
}
