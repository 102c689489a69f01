package dev.neuralode.ode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The methods torchdiffeq offers, under torchdiffeq's names. */
public final class Methods {

    private Methods() {
    }

    public static final RungeKuttaMethod EULER = new RungeKuttaMethod("euler", Tableaus.EULER,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod MIDPOINT = new RungeKuttaMethod("midpoint", Tableaus.MIDPOINT,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod HEUN2 = new RungeKuttaMethod("heun2", Tableaus.HEUN2,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod HEUN3 = new RungeKuttaMethod("heun3", Tableaus.HEUN3,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod RK4 = new RungeKuttaMethod("rk4", Tableaus.RK4_THREE_EIGHTHS,
            new Interpolant.CubicHermite());
    public static final AdamsMethod EXPLICIT_ADAMS = new AdamsMethod("explicit_adams", false, 0);
    public static final AdamsMethod IMPLICIT_ADAMS = new AdamsMethod("implicit_adams", true, 4);
    public static final RungeKuttaMethod ADAPTIVE_HEUN = new RungeKuttaMethod("adaptive_heun", Tableaus.HEUN_EULER,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod FEHLBERG2 = new RungeKuttaMethod("fehlberg2", Tableaus.FEHLBERG2,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod BOSH3 = new RungeKuttaMethod("bosh3", Tableaus.BOGACKI_SHAMPINE,
            new Interpolant.CubicHermite());
    public static final RungeKuttaMethod DOPRI5 = new RungeKuttaMethod("dopri5", Tableaus.DORMAND_PRINCE5,
            new Interpolant.QuarticMidpoint(Tableaus.DORMAND_PRINCE5_MIDPOINT));
    public static final RungeKuttaMethod TSIT5 = new RungeKuttaMethod("tsit5", Tableaus.TSITOURAS5,
            new Tsit5Interpolant());
    public static final RungeKuttaMethod DOPRI8 = new RungeKuttaMethod("dopri8", Dopri8Tableau.TABLEAU,
            Dopri8Tableau.INTERPOLANT);

    private static final Map<String, Method> BY_NAME = index(DOPRI8, DOPRI5, TSIT5, BOSH3, FEHLBERG2, ADAPTIVE_HEUN,
            EULER, MIDPOINT, HEUN2, HEUN3, RK4, EXPLICIT_ADAMS, IMPLICIT_ADAMS);

    private static Map<String, Method> index(Method... methods) {
        Map<String, Method> m = new LinkedHashMap<>();
        for (Method method : methods) {
            m.put(method.name(), method);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The method with torchdiffeq's name (case does not matter).
     *
     * @throws UnknownMethodException listing the valid names
     */
    public static Method byName(String name) {
        Method m = name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new UnknownMethodException(String.valueOf(name), names());
        }
        return m;
    }

    /** Every method name, adaptive ones first. */
    public static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    /** Every method. */
    public static List<Method> all() {
        return new ArrayList<>(BY_NAME.values());
    }
}
