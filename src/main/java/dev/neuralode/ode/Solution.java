package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import java.util.List;

/**
 * The result of a solve: the states at the output times (all of them, or those before a terminal
 * event), the located events, and the {@link Stats}.
 */
public final class Solution {

    private final double[] times;
    private final List<State> states;
    private final List<EventOccurrence> events;
    private final Stats stats;

    Solution(double[] times, List<State> states, List<EventOccurrence> events, Stats stats) {
        this.times = times;
        this.states = List.copyOf(states);
        this.events = List.copyOf(events);
        this.stats = stats;
    }

    /** The output times reached: all requested ones unless a terminal event stopped the solve. */
    public double[] times() {
        return times.clone();
    }

    public int size() {
        return states.size();
    }

    public double time(int i) {
        return times[i];
    }

    /** The state at output time {@code i}. */
    public State state(int i) {
        return states.get(i);
    }

    public List<State> states() {
        return states;
    }

    /** The state of a one-tensor problem at output time {@code i}. */
    public Tensor tensor(int i) {
        return states.get(i).single();
    }

    /** The state at the last output time reached. */
    public State last() {
        return states.get(states.size() - 1);
    }

    /**
     * The states of part {@code p} at all output times stacked along a new leading axis, as
     * torchdiffeq's {@code odeint} returns them.
     */
    public Tensor stacked(int p) {
        Tensor[] parts = new Tensor[states.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = states.get(i).part(p);
        }
        return Tensor.stack(0, parts);
    }

    /** The located events, in time order. */
    public List<EventOccurrence> events() {
        return events;
    }

    /** Whether a terminal event ended the solve. */
    public boolean terminated() {
        return !events.isEmpty() && events.get(events.size() - 1).terminal();
    }

    public Stats stats() {
        return stats;
    }
}
