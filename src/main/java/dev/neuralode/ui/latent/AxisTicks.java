package dev.neuralode.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions for an axis drawn by hand on a canvas: steps of 1, 2 or 5 times a power of ten,
 * as many as fit without crowding, labelled with just enough decimals to tell them apart.
 */
final class AxisTicks {

    private AxisTicks() {
    }

    /**
     * The ticks in {@code [min, max]}, each a multiple of one step: at most {@code most} of them,
     * and never fewer than two (a single tick says nothing about the scale), even if that takes one
     * more than {@code most}.
     */
    static double[] of(double min, double max, int most) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max) || most < 2) {
            return new double[0];
        }
        double step = step(max - min, most);
        double[] ticks = at(min, max, step);
        while (ticks.length < 2) {
            step = smaller(step);
            ticks = at(min, max, step);
        }
        return ticks;
    }

    private static double[] at(double min, double max, double step) {
        List<Double> ticks = new ArrayList<>();
        for (double k = Math.ceil(min / step); k * step <= max + step * 1e-9; k++) {
            // Snap to the decimal grid, so that 0.30000000000000004 is drawn as 0.3 and -0 as 0.
            ticks.add(Double.parseDouble(String.format(Locale.ROOT, "%.12g", k * step)) + 0.0);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smallest step of 1, 2 or 5 times a power of ten that gives at most {@code most} ticks over {@code span}. */
    static double step(double span, int most) {
        double raw = span / Math.max(1, most - 1);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The next nice step below {@code step}: 5 after 10, 2 after 5, 1 after 2 (times the power of ten). */
    private static double smaller(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        long m = Math.round(step / power);
        return m == 1 ? power / 2 : m == 2 ? power : 2 * power;
    }

    /** A tick's label with as many decimals as the step needs (none for a step of 1 or more). */
    static String label(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
