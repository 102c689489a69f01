package dev.neuralode.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans an axis: its range and its labelled ticks, so that every axis reads at a glance whatever
 * its data. At least {@value #MIN_TICKS} ticks always (a constant series and a range of 1e-9 get
 * them too), at most as many as fit, at round steps (1, 2, 2.5 or 5 times a power of ten), integer
 * ticks only on integer axes (iterations, NFE: never "1357.50"), and labels from {@link TickLabels}.
 *
 * <p>Ticks are kept off the outer {@code margin} of the range: ChartFX hides a label that would
 * stick out of its axis, so a tick on the very end could leave an axis with fewer labels than planned.
 *
 * <p>Pure logic without JavaFX, so that it is tested on its own; {@link PlannedAxis} applies it.
 */
public final class TickPlanner {

    /** The fewest labelled ticks an axis shows. */
    public static final int MIN_TICKS = 3;

    private static final double[] MANTISSAS = {5, 2.5, 2, 1};

    /**
     * A planned axis.
     *
     * @param lo     the lower end of the axis
     * @param hi     the upper end of the axis
     * @param step   the step between ticks on a linear axis (0 on a log axis)
     * @param values the tick positions, ascending (log10 of the value on a log axis)
     * @param labels one label per tick
     */
    public record Ticks(double lo, double hi, double step, double[] values, String[] labels) {
    }

    private TickPlanner() {
    }

    /**
     * The range to show data in {@code [min, max]}: padded by {@code padding} of its span on each
     * side, widened around a constant or nearly constant series, and on an integer axis wide enough
     * for {@value #MIN_TICKS} integers off the margins. No data (non-finite ends) gives [0, 1].
     */
    public static double[] range(double min, double max, boolean integers, double padding, double margin) {
        boolean data = Double.isFinite(min) && Double.isFinite(max);
        double lo = data ? Math.min(min, max) : 0;
        double hi = data ? Math.max(min, max) : 1;
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        if (hi - lo <= 1e-9 * scale || hi - lo == 0) {
            // A constant series: show it in the middle of a band 2% of its size (or of width 2 around 0).
            double half = scale > 0 ? 0.01 * scale : 1;
            lo -= half;
            hi += half;
        } else {
            double pad = padding * (hi - lo);
            lo -= pad;
            hi += pad;
        }
        if (integers) {
            // Three integers must fit between the margins: an inner span of at least 2, plus one so the ends need not be integers.
            double needed = 3 / (1 - 2 * margin);
            if (hi - lo < needed) {
                double centre = (lo + hi) / 2;
                lo = centre - needed / 2;
                hi = centre + needed / 2;
            }
        }
        return new double[] {lo, hi};
    }

    /**
     * Ticks for the fixed range {@code [lo, hi]}: the coarsest round step that still gives
     * {@value #MIN_TICKS} ticks, refined while no more than {@code maxTicks} ticks result.
     *
     * @param margin the fraction of the range at each end that holds no tick, in [0, 0.5)
     */
    public static Ticks linear(double lo, double hi, boolean integers, int maxTicks, double margin) {
        double a = lo + margin * (hi - lo);
        double b = hi - margin * (hi - lo);
        double span = b - a;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new Ticks(lo, hi, 0, new double[0], new String[0]);
        }
        double chosen = Double.NaN;
        double firstEnough = Double.NaN;
        double top = Math.pow(10, Math.ceil(Math.log10(span)) + 1);
        search:
        for (double power = top; power >= span * 1e-6; power /= 10) {
            for (double m : MANTISSAS) {
                double step = m * power / 10;
                if (integers && (step < 1 || step != Math.rint(step))) {
                    continue;
                }
                long count = count(a, b, step);
                if (count < MIN_TICKS) {
                    continue;
                }
                if (Double.isNaN(firstEnough)) {
                    firstEnough = step;
                }
                if (count > Math.max(MIN_TICKS, maxTicks)) {
                    break search;
                }
                chosen = step;
            }
        }
        if (Double.isNaN(chosen)) {
            // The round steps jump from too few ticks to too many (a short axis): a less round step that fits.
            chosen = fitting(a, b, integers, Math.max(MIN_TICKS, maxTicks), span);
        }
        double step = Double.isNaN(chosen) ? firstEnough : chosen;
        if (Double.isNaN(step)) {
            // Only an integer axis on a range too short for three integers ends up here.
            step = 1;
        }
        double[] values = values(a, b, step);
        return new Ticks(lo, hi, step, values, TickLabels.of(values, step));
    }

    /**
     * Ticks for a log axis whose positions are log10 of the values, over the fixed range
     * {@code [log10Lo, log10Hi]}: powers of ten when {@value #MIN_TICKS} or more show, else 1-2-5
     * per decade, else round steps in the values themselves (placed at their logarithms: a loss
     * from 2.7 to 21 reads 5, 10, 15 rather than 3, 4, 5, 6, 7, 8, 9, 10).
     */
    public static Ticks log(double log10Lo, double log10Hi, int maxTicks, double margin) {
        double a = log10Lo + margin * (log10Hi - log10Lo);
        double b = log10Hi - margin * (log10Hi - log10Lo);
        if (!(b > a) || !Double.isFinite(b - a)) {
            return new Ticks(log10Lo, log10Hi, 0, new double[0], new String[0]);
        }
        int limit = Math.max(MIN_TICKS, maxTicks);
        List<List<Double>> candidates = new ArrayList<>();
        for (int stride : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            List<Double> decades = new ArrayList<>();
            for (double e = Math.ceil(a / stride) * stride; e <= b; e += stride) {
                decades.add(e);
            }
            candidates.add(decades);
        }
        List<Double> oneTwoFive = new ArrayList<>();
        for (double e = Math.floor(a); e <= Math.ceil(b); e++) {
            for (double m : new double[] {1, 2, 5}) {
                double p = e + Math.log10(m);
                if (p >= a && p <= b) {
                    oneTwoFive.add(p);
                }
            }
        }
        candidates.add(oneTwoFive);
        for (List<Double> c : candidates) {
            if (c.size() >= MIN_TICKS && c.size() <= limit) {
                return logTicks(log10Lo, log10Hi, c);
            }
        }
        Ticks inner = linear(Math.pow(10, a), Math.pow(10, b), false, maxTicks, 0);
        int linearCount = inner.values().length;
        if (linearCount >= MIN_TICKS && linearCount <= limit) {
            return atLogarithms(log10Lo, log10Hi, inner);
        }
        // Nothing fits the axis: the fewest ticks that still make three (a short axis, or very many decades).
        List<Double> fewest = null;
        for (List<Double> c : candidates) {
            if (c.size() >= MIN_TICKS && (fewest == null || c.size() < fewest.size())) {
                fewest = c;
            }
        }
        if (fewest != null && (linearCount < MIN_TICKS || fewest.size() <= linearCount)) {
            return logTicks(log10Lo, log10Hi, fewest);
        }
        return atLogarithms(log10Lo, log10Hi, inner);
    }

    /** Linear ticks of the values, placed at their logarithms. */
    private static Ticks atLogarithms(double lo, double hi, Ticks linear) {
        double[] positions = new double[linear.values().length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = Math.log10(linear.values()[i]);
        }
        return new Ticks(lo, hi, 0, positions, linear.labels());
    }

    private static Ticks logTicks(double lo, double hi, List<Double> positions) {
        double[] values = positions.stream().mapToDouble(Double::doubleValue).toArray();
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = TickLabels.single(Math.pow(10, values[i]));
        }
        return new Ticks(lo, hi, 0, values, labels);
    }

    /** The coarsest step of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten giving 3 to {@code limit} ticks, or NaN. */
    private static double fitting(double a, double b, boolean integers, int limit, double span) {
        double top = Math.pow(10, Math.ceil(Math.log10(span)));
        for (double power = top; power >= span * 1e-3; power /= 10) {
            for (double m : new double[] {8, 6, 5, 4, 3, 2.5, 2, 1.5, 1}) {
                double step = m * power / 10;
                if (integers && (step < 1 || step != Math.rint(step))) {
                    continue;
                }
                long count = count(a, b, step);
                if (count >= MIN_TICKS && count <= limit) {
                    return step;
                }
            }
        }
        return Double.NaN;
    }

    private static long count(double a, double b, double step) {
        return (long) Math.floor(b / step + 1e-9) - (long) Math.ceil(a / step - 1e-9) + 1;
    }

    /** Multiples of step in [a, b], each computed from its index so that errors do not accumulate. */
    private static double[] values(double a, double b, double step) {
        long first = (long) Math.ceil(a / step - 1e-9);
        int n = (int) Math.max(0, count(a, b, step));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = (first + i) * step;
        }
        return values;
    }
}
