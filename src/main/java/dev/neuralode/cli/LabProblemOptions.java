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
        Map<String, Double> values = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            double v = Double.NaN;
            try {
                v = Double.parseDouble(param.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                // v stays NaN and is refused below with the form expected.
            }
            if (eq < 1 || !Double.isFinite(v)) {
                throw new IllegalArgumentException("--param " + param + ": write NAME=VALUE with a number, such as --param "
                        + (p.parameters().isEmpty() ? "k" : p.parameters().get(0).name()) + "=1");
            }
            values.put(param.substring(0, eq).trim(), v);
        }
        try {
            return p.system(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--param: " + e.getMessage(), e);
        }
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
