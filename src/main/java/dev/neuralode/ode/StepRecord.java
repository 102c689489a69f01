package dev.neuralode.ode;

/**
 * One attempted step, as the solver X-ray draws it.
 *
 * @param t the time the step starts from
 * @param dt the signed step size ({@code t + dt} is where it ends; negative in reverse time)
 * @param errorRatio {@code norm(err / (atol + rtol * |y|))}, NaN for a fixed step
 * @param accepted whether the step was accepted
 */
public record StepRecord(double t, double dt, double errorRatio, boolean accepted) {
}
