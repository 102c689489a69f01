package dev.neuralode.lab;

/** The right-hand side {@code dy/dt = f(t, y)} of a lab problem on plain float64 arrays. */
@FunctionalInterface
public interface Rhs {

    /** Writes {@code f(t, y)} into {@code dy} (same length as {@code y}; never the same array). */
    void derivative(double t, double[] y, double[] dy);
}
