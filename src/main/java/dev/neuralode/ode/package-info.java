/**
 * ODE solvers as a black box: the solve facade, Butcher tableaux over one generic explicit
 * Runge-Kutta stepper, step-size controllers, dense output, events and solve statistics.
 *
 * <p>May depend on: {@code autodiff}.
 */
package dev.neuralode.ode;
