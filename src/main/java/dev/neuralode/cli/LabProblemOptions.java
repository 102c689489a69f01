package dev.neuralode.cli;

import dev.neuralode.lab.Catalogue;
import dev.neuralode.lab.LabProblem;
import dev.neuralode.lab.OdeSystem;
import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.UnknownMethodException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The problem of a {@code lab} command: a catalogue name and parameter values. */
final class LabProblemOptions {

    @Option(names = "--problem", paramLabel = "NAME", defaultValue = "exponential-decay",
            description = "the catalogue's problem (default: ${DEFAULT-VALUE})")
    private String problem;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "a parameter of the problem, repeatable, such as --param k=3 (default: the problem's defaults)")
    private List<String> params = new ArrayList<>();

    /**
     * The problem at the given parameter values.
     *
     * @throws IllegalArgumentException naming {@code --problem} or {@code --param} and the fix
     */
    OdeSystem system() {
        LabProblem p;
        try {
            p = Catalogue.byName(problem);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--problem: " + e.getMessage(), e);
        }
        Map<String, Double> values = parameterValues(params);
        try {
            return p.system(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--param: " + e.getMessage(), e);
        }
    }

    /**
     * {@code --param NAME=VALUE} values by name, as every {@code lab} command takes them; whether a
     * name belongs to the problem and its value to the range is the problem's to say.
     *
     * @throws IllegalArgumentException naming {@code --param}, the value and the form expected
     */
    static Map<String, Double> parameterValues(List<String> params) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param '" + param + "': write NAME=VALUE, such as --param mu=1000");
            }
            String name = param.substring(0, eq).trim();
            String text = param.substring(eq + 1).trim();
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--param " + name + ": '" + text + "' is not a number; write numbers"
                        + " such as 1, -0.5 or 2e-3", e);
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException("--param " + name + " is given twice: keep one");
            }
        }
        return values;
    }

    /**
     * The engine's method called {@code name}.
     *
     * @throws IllegalArgumentException naming {@code flag} and listing the methods
     */
    static Method method(String flag, String name) {
        try {
            return Methods.byName(name);
        } catch (UnknownMethodException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
    }
}
