package dev.neuralode.ui.common;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.function.DoubleUnaryOperator;

/**
 * A noisy metric against iterations drawn twice: every raw value as a faint dot and its
 * {@linkplain Ema exponential moving average} as a solid line on top, so that a series that jumps
 * between two values every iteration reads as a line with a haze, not a solid band. Values can be
 * drawn through a transform (log10 for a log axis); non-finite results are left out.
 */
public final class SmoothedSeries {

    /** The weight of the past in the smoothed line: about the last five iterations, so that it follows a falling loss closely. */
    public static final double SMOOTHING = 0.8;

    private final DoubleDataSet raw;
    private final DoubleDataSet smooth;
    private final Ema ema = new Ema(SMOOTHING);
    private DoubleUnaryOperator transform = DoubleUnaryOperator.identity();

    public SmoothedSeries(String name, String colour) {
        raw = Charts.markers(name + " (each iteration)", colour + "80", "circle", 2.2);
        smooth = Charts.line(name, colour, 1.8);
    }

    /** The faint dots, for a marker renderer drawn under the lines. */
    public DoubleDataSet raw() {
        return raw;
    }

    /** The smoothed line. */
    public DoubleDataSet smooth() {
        return smooth;
    }

    public DataSet[] sets() {
        return new DataSet[] {raw, smooth};
    }

    /** Draws later values through {@code f}; call {@link #clear} and append again to redraw earlier ones. */
    public void setTransform(DoubleUnaryOperator f) {
        transform = f;
    }

    public void clear() {
        raw.clearData();
        smooth.clearData();
        ema.reset();
    }

    /** Appends values at iterations {@code x}; the line is smoothed in the values' own units, then transformed. */
    public void append(double[] x, double[] y) {
        double[] rx = new double[x.length];
        double[] ry = new double[x.length];
        double[] sx = new double[x.length];
        double[] sy = new double[x.length];
        int r = 0;
        int s = 0;
        for (int i = 0; i < x.length; i++) {
            double value = transform.applyAsDouble(y[i]);
            if (Double.isFinite(value)) {
                rx[r] = x[i];
                ry[r++] = value;
            }
            double smoothed = transform.applyAsDouble(ema.next(y[i]));
            if (Double.isFinite(smoothed)) {
                sx[s] = x[i];
                sy[s++] = smoothed;
            }
        }
        raw.add(java.util.Arrays.copyOf(rx, r), java.util.Arrays.copyOf(ry, r));
        smooth.add(java.util.Arrays.copyOf(sx, s), java.util.Arrays.copyOf(sy, s));
    }

    /**
     * The least and greatest value drawn at iterations from {@code fromX} on, dots and line alike,
     * or null when none is drawn there: the y range of a chart that shows only recent iterations.
     */
    public double[] range(double fromX) {
        double[] out = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (DoubleDataSet set : new DoubleDataSet[] {raw, smooth}) {
            double[] xs = set.getValues(DataSet.DIM_X);
            double[] ys = set.getValues(DataSet.DIM_Y);
            int n = set.getDataCount();
            for (int i = firstAtOrAfter(xs, n, fromX); i < n; i++) {
                out[0] = Math.min(out[0], ys[i]);
                out[1] = Math.max(out[1], ys[i]);
            }
        }
        return out[0] <= out[1] ? out : null;
    }

    /** The newest iteration drawn, or NaN. */
    public double lastX() {
        int n = raw.getDataCount();
        return n == 0 ? Double.NaN : raw.get(DataSet.DIM_X, n - 1);
    }

    private static int firstAtOrAfter(double[] xs, int n, double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
