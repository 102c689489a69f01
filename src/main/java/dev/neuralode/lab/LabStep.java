package dev.neuralode.lab;

/**
 * One attempted step of a lab solve.
 *
 * @param t where the step starts
 * @param h its size
 * @param errorRatio the scaled error estimate (accepted when at most 1), NaN for a fixed step
 * @param accepted whether the solver kept it
 * @param y the state the solver continues from (the new state if accepted, else the old one)
 */
public record LabStep(double t, double h, double errorRatio, boolean accepted, double[] y) {

    /** Where an accepted step ends, or where a rejected attempt would have ended. */
    public double end() {
        return t + h;
    }
}
