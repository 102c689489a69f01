package dev.neuralode.lab;

import java.util.List;
import java.util.Locale;

/** Problems the lab tests build inline until this branch meets the catalogue's. */
final class InlineProblems {

    private InlineProblems() {
    }

    /**
     * The catalogue's van-der-pol: {@code x' = v}, {@code v' = mu (1 - x^2) v - x}, from {@code (2, 0)}, on
     * {@code [0, t1]}. No closed form, so the reference is dopri8 at 1e-13.
     */
    static OdeSystem vanDerPol(double mu, double t1) {
        return OdeSystem.of(String.format(Locale.ROOT, "Van der Pol (mu=%s, t1=%s)", mu, t1), List.of("x", "v"), 0, t1,
                new double[] {2, 0}, (t, y, dy) -> {
                    dy[0] = y[1];
                    dy[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
                }, null);
    }
}
