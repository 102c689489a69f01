package dev.neuralode.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A family of problems with parameters on sliders: the catalogue's entries and typed problems. */
public interface LabProblem {

    /** The name used on the command line ({@code --problem NAME}), lower case with dashes. */
    String name();

    /** The name the window shows. */
    String title();

    /** One or two sentences: what the problem is and what it shows about solvers. */
    String description();

    List<Parameter> parameters();

    /**
     * The problem at the given parameter values; missing ones take their defaults.
     *
     * @throws IllegalArgumentException naming a value outside its parameter's range or an unknown name
     */
    OdeSystem system(Map<String, Double> values);

    /** The problem at the defaults. */
    default OdeSystem system() {
        return system(Map.of());
    }

    /** The defaults overridden by {@code values}, each checked against its range. */
    default Map<String, Double> resolve(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Parameter p : parameters()) {
            out.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Parameter p = parameters().stream().filter(q -> q.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name() + " has no parameter " + e.getKey()
                            + "; its parameters are " + parameters().stream().map(Parameter::name).toList()));
            double v = e.getValue();
            if (!p.allows(v)) {
                throw new IllegalArgumentException(name() + ": " + p.name() + " = " + v + " is outside [" + p.min() + ", "
                        + p.max() + "]");
            }
            out.put(p.name(), v);
        }
        return out;
    }
}
