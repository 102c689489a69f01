package dev.neuralode.lab;

import java.util.List;
import java.util.Locale;

/** The lab's problems, in the order the window lists them. */
public final class Catalogue {

    private static final List<LabProblem> ALL = List.of(new ExponentialDecay(), new HarmonicOscillator(), new VanDerPol(),
            new Lorenz(), new Kepler(), new Robertson(), new Brusselator(), new BouncingBall(), new LinearTest());

    private Catalogue() {
    }

    public static List<LabProblem> all() {
        return ALL;
    }

    /**
     * The problem with this command-line name.
     *
     * @throws IllegalArgumentException listing the names
     */
    public static LabProblem byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown problem '" + name + "'; the problems are "
                        + String.join(", ", ALL.stream().map(LabProblem::name).toList())));
    }
}
