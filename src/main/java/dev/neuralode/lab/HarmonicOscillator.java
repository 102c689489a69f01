package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * The damped harmonic oscillator {@code x'' + 2 zeta omega x' + omega^2 x = 0} as the first-order
 * system {@code x' = v}, {@code v' = -omega^2 x - 2 zeta omega v}, from {@code x(0) = 1},
 * {@code v(0) = 0} on {@code [0, 20]}. Underdamped ({@code zeta < 1}), its closed form is
 * {@code x(t) = exp(-zeta omega t) (cos(omega_d t) + zeta omega / omega_d sin(omega_d t))} with
 * {@code omega_d = omega sqrt(1 - zeta^2)} (any text on linear ODEs; Hairer, Norsett and Wanner,
 * Solving Ordinary Differential Equations I, 2nd ed., Springer 1993, Section I.16).
 *
 * <p>Without damping the energy {@code (v^2 + omega^2 x^2) / 2} is conserved and its drift shown;
 * with damping it decays by design, so it is no invariant then.
 */
final class HarmonicOscillator implements LabProblem {

    private static final double END = 20;

    @Override
    public String name() {
        return "harmonic-oscillator";
    }

    @Override
    public String title() {
        return "Harmonic oscillator";
    }

    @Override
    public String description() {
        return "x'' + 2 zeta omega x' + omega^2 x = 0. An explicit method's phase error accumulates over the periods,"
                + " and without damping its energy drifts although the exact flow keeps it.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.log("omega", "angular frequency omega", 0.1, 20, 1),
                Parameter.linear("zeta", "damping ratio zeta", 0, 0.99, 0.1));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double omega = v.get("omega");
        double zeta = v.get("zeta");
        double decay = zeta * omega;
        double wd = omega * Math.sqrt(1 - zeta * zeta);
        // x(0) = 1, v(0) = 0 fix the sine's coefficient: b = (v0 + decay x0) / wd.
        double b = decay / wd;
        Rhs f = (t, y, dy) -> {
            dy[0] = y[1];
            dy[1] = -omega * omega * y[0] - 2 * decay * y[1];
        };
        ClosedForm exact = t -> {
            double e = Math.exp(-decay * t);
            double c = Math.cos(wd * t);
            double s = Math.sin(wd * t);
            return new double[] {e * (c + b * s), e * ((wd * b - decay) * c - (decay * b + wd) * s)};
        };
        List<Invariant> invariants = zeta == 0
                ? List.of(new Invariant("energy", y -> 0.5 * (y[1] * y[1] + omega * omega * y[0] * y[0])))
                : List.of();
        return new OdeSystem(ProblemTitle.of(title(), v), List.of("x", "v"), 0, END, new double[] {1, 0}, f, exact, null,
                invariants, null, null);
    }
}
