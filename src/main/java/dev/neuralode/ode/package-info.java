/**
 * ODE solvers as a black box, torchdiffeq's family with its step control.
 *
 * <p>Entry point: {@link dev.neuralode.ode.Odeint}, an immutable configuration of the explicit
 * concerns ({@link dev.neuralode.ode.Method} from {@link dev.neuralode.ode.Methods},
 * {@link dev.neuralode.ode.StepSizeController}, {@link dev.neuralode.ode.Tolerances},
 * {@link dev.neuralode.ode.StepOptions}, {@link dev.neuralode.ode.ErrorNorm},
 * {@link dev.neuralode.ode.Event}s, a {@link dev.neuralode.ode.StepObserver}) whose {@code solve}
 * validates the problem ({@link dev.neuralode.ode.Dynamics}, initial {@link dev.neuralode.ode.State},
 * {@link dev.neuralode.ode.TimeGrid}) once and returns a {@link dev.neuralode.ode.Solution} with
 * {@link dev.neuralode.ode.Stats}. Each Runge-Kutta method is a self-checking
 * {@link dev.neuralode.ode.ButcherTableau} plus an {@link dev.neuralode.ode.Interpolant}, run by one
 * generic stepper; failures are typed {@link dev.neuralode.ode.OdeSolveException}s.
 *
 * <p>States are tensors, so gradients flow through a solve; error norms and step-size decisions are
 * computed on detached host copies and never recorded.
 *
 * <p>May depend on: {@code autodiff}.
 */
package dev.neuralode.ode;
