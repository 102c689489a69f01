package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * The two-body problem reduced to the relative orbit, {@code r'' = -mu r / |r|^3} with {@code mu = 1},
 * as the system in {@code (x, y, vx, vy)}: an ellipse of semi-major axis 1 and eccentricity {@code e},
 * started at periapsis {@code (1 - e, 0)} with speed {@code sqrt((1 + e) / (1 - e))}, over a few
 * orbits of period {@code 2 pi} (a parameter, 2 by default). The closed form follows Kepler's equation
 * {@code E - e sin E = t} for the eccentric anomaly {@code E}, solved by Newton's iteration; then
 * {@code x = cos E - e}, {@code y = sqrt(1 - e^2) sin E} (Hairer, Lubich and Wanner, Geometric Numerical
 * Integration, 2nd ed., Springer 2006, Section I.2.3; Hairer, Norsett and Wanner, Solving Ordinary
 * Differential Equations I, 2nd ed., Springer 1993, Section II.10).
 *
 * <p>The flow conserves the energy {@code |v|^2 / 2 - 1 / |r|} (= -1/2) and the angular momentum
 * {@code x vy - y vx} (= {@code sqrt(1 - e^2)}); a Runge-Kutta method conserves neither, and both
 * drift in proportion to its tolerance. Its phase error grows with the eccentricity and with every
 * orbit: the defaults (e = 0.1, two orbits) keep dopri5 at 1e-8 within 1e-6 of the closed form
 * (measured 6.7e-7); at e = 0.5 it is some 1e-5 after three orbits.
 */
final class Kepler implements LabProblem {

    private static final int NEWTON_ITERATIONS = 50;

    @Override
    public String name() {
        return "kepler";
    }

    @Override
    public String title() {
        return "Kepler orbit";
    }

    @Override
    public String description() {
        return "An elliptic orbit: steps shrink at periapsis, where the motion is fastest, and energy and angular"
                + " momentum drift because a Runge-Kutta method conserves neither.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.linear("e", "eccentricity e", 0, 0.95, 0.1), Parameter.linear("orbits", "orbits", 1, 10, 2));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double e = v.get("e");
        double b = Math.sqrt(1 - e * e);
        Rhs f = (t, y, dy) -> {
            double r = Math.hypot(y[0], y[1]);
            double r3 = r * r * r;
            dy[0] = y[2];
            dy[1] = y[3];
            dy[2] = -y[0] / r3;
            dy[3] = -y[1] / r3;
        };
        ClosedForm exact = t -> {
            double ea = eccentricAnomaly(t, e);
            // dE/dt from differentiating Kepler's equation: E' (1 - e cos E) = 1.
            double rate = 1 / (1 - e * Math.cos(ea));
            return new double[] {Math.cos(ea) - e, b * Math.sin(ea), -Math.sin(ea) * rate, b * Math.cos(ea) * rate};
        };
        List<Invariant> invariants = List.of(
                new Invariant("energy", y -> 0.5 * (y[2] * y[2] + y[3] * y[3]) - 1 / Math.hypot(y[0], y[1])),
                new Invariant("angular momentum", y -> y[0] * y[3] - y[1] * y[2]));
        return new OdeSystem(ProblemTitle.of(title(), v), List.of("x", "y", "vx", "vy"), 0, v.get("orbits") * 2 * Math.PI,
                new double[] {1 - e, 0, 0, Math.sqrt((1 + e) / (1 - e))}, f, exact, null, invariants, null, null);
    }

    /**
     * The root of {@code E - e sin E = m}. The mean anomaly is first reduced to {@code [-pi, pi)}; on
     * {@code [0, pi]} the function is increasing and convex, so Newton's iteration started at
     * {@code E = pi} (where it is positive) falls monotonically onto the root for every {@code e < 1},
     * and on {@code [-pi, 0]} likewise from {@code -pi} by symmetry.
     */
    static double eccentricAnomaly(double m, double e) {
        double turns = Math.floor((m + Math.PI) / (2 * Math.PI));
        double reduced = m - turns * 2 * Math.PI;
        double ea = Math.copySign(Math.PI, reduced);
        for (int i = 0; i < NEWTON_ITERATIONS; i++) {
            double step = (ea - e * Math.sin(ea) - reduced) / (1 - e * Math.cos(ea));
            ea -= step;
            if (Math.abs(step) < 1e-14) {
                break;
            }
        }
        return ea + turns * 2 * Math.PI;
    }
}
