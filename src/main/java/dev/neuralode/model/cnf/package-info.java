/**
 * Continuous normalizing flows: {@code d log p(z(t))/dt = -tr(df/dz)} (the paper's Theorem 1),
 * hypernetwork and FFJORD-style dynamics, trace estimators, regularisers.
 *
 * <p>May depend on: {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.cnf;
