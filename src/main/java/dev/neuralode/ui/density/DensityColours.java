package dev.neuralode.ui.density;

import dev.neuralode.train.DensityGrid;

/**
 * How log p becomes colour, shared by the live heatmap and the exported images: log p is clipped
 * to the {@value #LOG_RANGE} nats below its maximum (the tails of a Gaussian base reach hundreds of
 * nats below it and would otherwise flatten everything else) and mapped through a perceptually
 * ordered dark-to-bright ramp (magma-like: black, purple, red, orange, pale yellow).
 */
final class DensityColours {

    static final double LOG_RANGE = 8.0;
    static final double[] STOPS = {0.0, 0.25, 0.5, 0.75, 1.0};
    static final int[] RGB = {0x000004, 0x57106e, 0xbc3754, 0xf98e09, 0xfcffa4};

    private DensityColours() {
    }

    /** log p clipped to {@code [max - LOG_RANGE, max]}; non-finite cells become the floor. */
    static double[] clipped(DensityGrid grid) {
        double[] l = grid.logDensity();
        double max = Double.NEGATIVE_INFINITY;
        for (double v : l) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            max = 0;
        }
        double floor = max - LOG_RANGE;
        double[] out = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = Double.isFinite(l[i]) ? Math.max(floor, l[i]) : floor;
        }
        return out;
    }

    /** The ramp's colour at a fraction in [0, 1], as 0xRRGGBB. */
    static int rgb(double fraction) {
        double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        int i = 0;
        while (i < STOPS.length - 2 && f > STOPS[i + 1]) {
            i++;
        }
        double w = (f - STOPS[i]) / (STOPS[i + 1] - STOPS[i]);
        return mix(RGB[i], RGB[i + 1], w);
    }

    private static int mix(int a, int b, double w) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - w) + ((b >> 16) & 0xff) * w);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - w) + ((b >> 8) & 0xff) * w);
        int bl = (int) Math.round((a & 0xff) * (1 - w) + (b & 0xff) * w);
        return (r << 16) | (g << 8) | bl;
    }
}
