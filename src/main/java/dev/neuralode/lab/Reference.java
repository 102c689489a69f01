package dev.neuralode.lab;

/**
 * The truth a lab solve is measured against: the closed form where the problem has one, else dopri8
 * at {@code rtol = atol = 1e-13}, computed once per problem and output times and cached.
 */
public final class Reference {

    /** The tolerance of the numerical reference. */
    public static final double TOLERANCE = 1e-13;

    /** The most steps the numerical reference may take before the lab says it has none. */
    static final int MAX_STEPS = 400_000;

    private static final int CACHE_SIZE = 16;
    private static final java.util.Map<String, double[][]> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, double[][]> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private final double[][] states;
    private final String note;

    private Reference(double[][] states, String note) {
        this.states = states;
        this.note = note;
    }

    /** The reference states at {@code times}, or null when there is none. */
    public double[][] states() {
        return states;
    }

    /** How the reference was obtained, or why there is none. */
    public String note() {
        return note;
    }

    /**
     * The reference of {@code system} at {@code times} (ascending, within its interval). Problems are
     * cached by title, so a title must name every parameter value.
     */
    public static Reference of(OdeSystem system, double[] times) {
        if (system.exact() != null) {
            double[][] s = new double[times.length][];
            for (int k = 0; k < times.length; k++) {
                s[k] = system.exact().at(times[k]);
            }
            return new Reference(s, "closed form");
        }
        String key = system.title() + "|" + java.util.Arrays.hashCode(times) + "|" + times.length + "|"
                + java.util.Arrays.hashCode(system.y0());
        double[][] cached = CACHE.get(key);
        if (cached != null) {
            return new Reference(cached, "dopri8 at rtol = atol = 1e-13 (cached)");
        }
        SolveSettings precise = SolveSettings.defaults().withMethod(dev.neuralode.ode.Methods.DOPRI8)
                .withTolerances(TOLERANCE, TOLERANCE).withMaxSteps(MAX_STEPS);
        SolveReport r = LabSolve.run(system, precise, times, null, false);
        if (!r.completed() || r.times().length != times.length) {
            return new Reference(null, "no reference: dopri8 at 1e-13 did not reach the end (" + r.failure() + ")");
        }
        CACHE.put(key, r.states());
        return new Reference(r.states(), "dopri8 at rtol = atol = 1e-13");
    }
}
