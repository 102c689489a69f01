package dev.neuralode.lab;

import java.util.Map;
import java.util.StringJoiner;

/**
 * A problem's title with every parameter value in it, such as {@code Lorenz system (sigma=10.0, ...)}:
 * the reference cache keys on the title, so two settings must never share one.
 */
final class ProblemTitle {

    private ProblemTitle() {
    }

    /** {@code name (k1=v1, k2=v2, ...)} in the order of {@code values}. */
    static String of(String name, Map<String, Double> values) {
        StringJoiner j = new StringJoiner(", ", name + " (", ")");
        values.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
