package dev.neuralode.ode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns accepted steps into the solution: interpolates the states at the output times each step
 * covers and locates the events whose function changed sign over it. Shared by every integrator.
 */
final class OutputCollector {

    private final double[] times;
    private final int direction;
    private final List<Event> events;
    private final double[] gLast;
    private final List<State> states = new ArrayList<>();
    private final List<EventOccurrence> occurrences = new ArrayList<>();
    private boolean terminated;

    OutputCollector(double[] times, List<Event> events) {
        this.times = times;
        this.direction = times.length > 1 && times[1] < times[0] ? -1 : 1;
        this.events = events;
        this.gLast = new double[events.size()];
    }

    /** Records the initial state, the first output. */
    void start(State y0) {
        states.add(y0);
        for (int e = 0; e < gLast.length; e++) {
            gLast[e] = events.get(e).function().value(times[0], y0);
        }
    }

    /** Whether every output time has been reached or a terminal event ended the solve. */
    boolean done() {
        return terminated || states.size() == times.length;
    }

    /** The next output time still to reach. */
    double nextTime() {
        return times[states.size()];
    }

    /** Takes an accepted step; returns true when a terminal event ended the solve within it. */
    boolean accept(DenseStep step) {
        List<EventOccurrence> found = locateEvents(step);
        double limit = step.t1();
        for (EventOccurrence o : found) {
            if (o.terminal()) {
                limit = o.time();
                break;
            }
        }
        while (states.size() < times.length && direction * (times[states.size()] - limit) <= 0) {
            states.add(step.at(times[states.size()]));
        }
        for (EventOccurrence o : found) {
            occurrences.add(o);
            if (o.terminal()) {
                terminated = true;
                break;
            }
        }
        return terminated;
    }

    private List<EventOccurrence> locateEvents(DenseStep step) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventOccurrence> found = new ArrayList<>();
        for (int e = 0; e < gLast.length; e++) {
            Event event = events.get(e);
            double gEnd = event.function().value(step.t1(), step.y1());
            if (event.crosses(gLast[e], gEnd)) {
                double t = EventLocator.locate(event, step, gLast[e], gEnd);
                found.add(new EventOccurrence(e, t, step.at(t), event.terminal()));
            }
            gLast[e] = gEnd;
        }
        found.sort(Comparator.comparingDouble(o -> direction * o.time()));
        return found;
    }

    Solution solution(Stats stats) {
        return new Solution(Arrays.copyOf(times, states.size()), states, occurrences, stats);
    }
}
