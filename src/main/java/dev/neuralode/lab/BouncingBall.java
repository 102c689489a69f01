package dev.neuralode.lab;

import java.util.List;
import java.util.Map;

/**
 * A ball dropped from height {@code H}: {@code h' = v}, {@code v' = -g} between bounces; it bounces
 * where the height falls through zero, and the bounce maps {@code v} to {@code -r v} (restitution
 * {@code r < 1}). The flight times shrink geometrically, so the bounces pile up before the finite
 * time {@code T = t_f (1 + 2 r / (1 - r))}, {@code t_f = sqrt(2 H / g)}: Zeno behaviour, which the
 * solve cuts off after {@value #MAX_EVENTS} bounces.
 *
 * <p>The closed form is the piecewise parabola: the {@code k}-th bounce (k from 1) happens at
 * {@code T_k = t_f (1 + 2 (r + ... + r^(k-1)))} with impact speed {@code r^(k-1) g t_f}. At a bounce
 * it gives the state just before it, as the solve records it, and it allows {@value #SLACK} s for the
 * located event time (the event locator's bracket is 1e-12; between bounces the solution is a
 * quadratic, which every method of order two or more follows up to rounding).
 */
final class BouncingBall implements LabProblem {

    static final int MAX_EVENTS = 30;
    private static final double SLACK = 1e-9;

    @Override
    public String name() {
        return "bouncing-ball";
    }

    @Override
    public String title() {
        return "Bouncing ball";
    }

    @Override
    public String description() {
        return "Events: each solve segment ends where the height falls through zero, and the state is reset. The"
                + " bounces come ever faster (Zeno), and the solve stops after " + MAX_EVENTS + " of them.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.linear("g", "gravity g (m/s^2)", 1, 25, 9.81),
                Parameter.linear("restitution", "restitution r", 0.5, 0.95, 0.8),
                Parameter.linear("height", "drop height H (m)", 0.1, 10, 1),
                Parameter.linear("t1", "end time t1 (s)", 0.5, 10, 3));
    }

    @Override
    public OdeSystem system(Map<String, Double> values) {
        Map<String, Double> v = resolve(values);
        double g = v.get("g");
        double r = v.get("restitution");
        double height = v.get("height");
        Rhs f = (t, y, dy) -> {
            dy[0] = y[1];
            dy[1] = -g;
        };
        // On the floor exactly, so that the next segment starts at g = 0 and the rise is no crossing.
        Bounce bounce = new Bounce((t, y) -> y[0], y -> new double[] {0, -r * y[1]}, MAX_EVENTS);
        return new OdeSystem(ProblemTitle.of(title(), v), List.of("h", "v"), 0, v.get("t1"), new double[] {height, 0}, f,
                t -> exact(t, g, r, height), bounce, List.of(), null, null);
    }

    /** The state at {@code t}: in free fall, then on the flight after each bounce, at rest after them all. */
    private static double[] exact(double t, double g, double r, double height) {
        double fall = Math.sqrt(2 * height / g);
        if (t <= fall + SLACK) {
            return new double[] {height - 0.5 * g * t * t, -g * t};
        }
        double bounceAt = fall;
        // Each flight is r times the one before; one shorter than the rounding of the time adds nothing.
        for (double flight = 2 * r * fall; bounceAt + flight > bounceAt; flight *= r) {
            if (t <= bounceAt + flight + SLACK) {
                double s = t - bounceAt;
                double speed = 0.5 * g * flight;
                return new double[] {speed * s - 0.5 * g * s * s, speed - g * s};
            }
            bounceAt += flight;
        }
        return new double[] {0, 0};
    }
}
