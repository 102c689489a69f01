package dev.neuralode.ode;

import dev.neuralode.autodiff.GradMode;

/**
 * Finds a root of {@code phi(t) = g(t, y(t))} on a step's dense output, given a sign change between the
 * step's ends, with the Illinois variant of regula falsi (Dowell and Jarratt, BIT 11 (1971) 168-174):
 * the bracket always holds the root and shrinks superlinearly; bisection takes over if it stalls.
 */
final class EventLocator {

    private static final int MAX_ITERATIONS = 200;

    private EventLocator() {
    }

    /**
     * @param ga g at the step start, nonzero
     * @param gb g at the step end, of the other sign or zero
     * @return a time within {@code tolerance} of the root
     */
    @SuppressWarnings("try") // the scope object only switches recording off
    static double locate(Event event, DenseStep step, double ga, double gb) {
        if (gb == 0) {
            return step.t1();
        }
        double a = step.t0();
        double b = step.t1();
        double fa = ga;
        double fb = gb;
        try (var g = GradMode.disabled()) {
            for (int i = 0; i < MAX_ITERATIONS && Math.abs(b - a) > event.tolerance(); i++) {
                double c = b - fb * (b - a) / (fb - fa);
                boolean inside = c > Math.min(a, b) && c < Math.max(a, b);
                // Every third iteration bisects, which bounds the work when regula falsi creeps.
                if (!inside || i % 3 == 2) {
                    c = 0.5 * (a + b);
                    if (c == a || c == b) {
                        break;
                    }
                }
                double fc = event.function().value(c, step.at(c));
                if (fc == 0) {
                    return c;
                }
                if (fc * fb < 0) {
                    a = b;
                    fa = fb;
                } else {
                    fa *= 0.5;
                }
                b = c;
                fb = fc;
            }
        }
        return 0.5 * (a + b);
    }
}
