package dev.neuralode.ode;

/**
 * A located event.
 *
 * @param index the event's position in the list given to the solver
 * @param time the time of the root
 * @param state the state there (from the dense output; differentiable with respect to the state,
 *     not the time)
 * @param terminal whether it ended the solve
 */
public record EventOccurrence(int index, double time, State state, boolean terminal) {
}
