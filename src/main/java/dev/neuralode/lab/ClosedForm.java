package dev.neuralode.lab;

/** The exact solution {@code y(t)} of a problem that has one. */
@FunctionalInterface
public interface ClosedForm {

    double[] at(double t);
}
