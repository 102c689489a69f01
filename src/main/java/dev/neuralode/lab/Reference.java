package dev.neuralode.lab;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The truth a lab solve is measured against: the closed form where the problem has one, else dopri8
 * at {@code rtol = atol = 1e-13} (Hipparchus's DOP853, independent of the engine), computed once per
 * problem and output times and cached.
 */
public final class Reference {

    /** The tolerance of the numerical reference. */
    public static final double TOLERANCE = 1e-13;

    /** The most evaluations the numerical reference may take before the lab says it has none. */
    static final int MAX_EVALUATIONS = 20_000_000;

    private static final String NOTE = "dopri8 (Hipparchus DOP853) at rtol = atol = 1e-13";

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
        if (system.bounce() != null) {
            return new Reference(null, "no reference: a problem with events needs a closed form");
        }
        String key = system.title() + "|" + java.util.Arrays.hashCode(times) + "|" + times.length + "|"
                + java.util.Arrays.hashCode(system.y0());
        double[][] cached = CACHE.get(key);
        if (cached != null) {
            return new Reference(cached, NOTE + " (cached)");
        }
        try {
            double[][] states = dop853(system, times);
            CACHE.put(key, states);
            return new Reference(states, NOTE);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            return new Reference(null, "no reference: dopri8 at 1e-13 did not reach the end (" + e.getMessage() + ")");
        }
    }

    /**
     * Hipparchus's 8th-order Dormand-Prince integrator (DOP853, Hairer, Norsett and Wanner I, section
     * II.10) at {@value #TOLERANCE}, read at {@code times} from its dense output. It is another
     * implementation than the engine's, so the reference does not share the engine's faults, and it
     * runs on plain arrays, fast enough for the window to compute a reference while a slider moves.
     */
    private static double[][] dop853(OdeSystem system, double[] times) {
        double span = system.t1() - system.t0();
        DormandPrince853Integrator dop853 = new DormandPrince853Integrator(1e-14 * span, span, TOLERANCE, TOLERANCE);
        dop853.setMaxEvaluations(MAX_EVALUATIONS);
        double[][] states = new double[times.length][];
        int[] next = {0};
        dop853.addStepHandler(interpolator -> {
            double end = interpolator.getCurrentState().getTime();
            while (next[0] < times.length && times[next[0]] <= end) {
                states[next[0]] = interpolator.getInterpolatedState(times[next[0]]).getPrimaryState();
                next[0]++;
            }
        });
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return system.dimension();
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] dy = new double[y.length];
                system.f().derivative(t, y, dy);
                return dy;
            }
        };
        states[0] = system.y0();
        next[0] = times[0] <= system.t0() ? 1 : 0;
        dop853.integrate(ode, new ODEState(system.t0(), system.y0()), times[times.length - 1]);
        for (int k = next[0]; k < times.length; k++) {
            states[k] = states[k - 1];
        }
        return states;
    }
}
