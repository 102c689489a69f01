package dev.neuralode.ui.common;

import java.util.Locale;

/**
 * Compact tick labels: as few characters as still tell neighbouring ticks apart. Thousands and up
 * take a suffix when the step allows ({@code 2.5k}, {@code 12k}, {@code 1.5M}); values below 0.01
 * are written in scientific form ({@code 1e-3}, {@code 2.5e-4}); the rest are plain decimals with
 * as many places as the step needs, the same for every tick of an axis so that they line up.
 */
public final class TickLabels {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};
    private static final int MAX_DECIMALS = 12;

    private TickLabels() {
    }

    /**
     * Labels for ticks that are multiples of {@code step}.
     *
     * @param values the tick values
     * @param step   the distance between neighbouring ticks (positive)
     */
    public static String[] of(double[] values, double step) {
        return labels(values, step, false);
    }

    /** One value on its own, to three significant digits at most (log-axis ticks, tooltips). */
    public static String single(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        double step = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
        return labels(new double[] {Math.rint(value / step) * step}, step, true)[0];
    }

    private static String[] labels(double[] values, double step, boolean trim) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        String[] labels = new String[values.length];
        int group = largest >= 1000 ? Math.min(SUFFIXES.length - 1, (int) Math.floor(Math.log10(largest) / 3)) : 0;
        double unit = Math.pow(1000, group);
        if (group > 0 && decimals(step / unit) <= 1) {
            for (int i = 0; i < values.length; i++) {
                labels[i] = isZero(values[i], step) ? "0" : trimmed(values[i] / unit, decimals(step / unit)) + SUFFIXES[group];
            }
        } else if (largest > 0 && largest < 0.01) {
            for (int i = 0; i < values.length; i++) {
                labels[i] = isZero(values[i], step) ? "0" : scientific(values[i], step);
            }
        } else {
            int places = decimals(step);
            for (int i = 0; i < values.length; i++) {
                double v = isZero(values[i], step) ? 0 : values[i];
                labels[i] = trim ? trimmed(v, places) : String.format(Locale.ROOT, "%." + places + "f", v);
            }
        }
        return labels;
    }

    /** The fewest decimal places that write every multiple of {@code step} exactly (up to rounding noise). */
    static int decimals(double step) {
        double s = Math.abs(step);
        if (!(s > 0) || !Double.isFinite(s)) {
            return 0;
        }
        for (int d = 0; d < MAX_DECIMALS; d++) {
            double scaled = s * Math.pow(10, d);
            if (Math.rint(scaled) >= 1 && Math.abs(scaled - Math.rint(scaled)) <= 1e-6 * scaled) {
                return d;
            }
        }
        return MAX_DECIMALS;
    }

    private static String scientific(double value, double step) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        double mantissa = value / Math.pow(10, exponent);
        // Rounding can carry the mantissa to 10 (9.99e-4 written with one place).
        int places = decimals(step / Math.pow(10, exponent));
        if (Math.abs(Double.parseDouble(trimmed(mantissa, places))) >= 10) {
            exponent++;
            mantissa /= 10;
        }
        return trimmed(mantissa, places) + "e" + exponent;
    }

    /** A decimal without trailing zeros: 1.50 as "1.5", 2.0 as "2". */
    private static String trimmed(double value, int places) {
        String s = String.format(Locale.ROOT, "%." + places + "f", value);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s.equals("-0") ? "0" : s;
    }

    private static boolean isZero(double value, double step) {
        return Math.abs(value) < 1e-9 * Math.abs(step);
    }
}
