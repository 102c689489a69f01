package dev.neuralode.ui.common;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A noisy metric against iterations drawn twice: every raw value as a faint dot and a smoothed
 * line on top ({@link Ema#bothWays}, so that the line runs through the dots instead of trailing a
 * falling loss), so that a series that jumps between two values every iteration reads as a line
 * with a haze, not a solid band. The line is recomputed over the whole series on each append
 * (linear work, a few microseconds per thousand iterations), since a lag-free average changes its
 * last values when new ones come. Values can be drawn through a transform (log10 for a log axis);
 * non-finite results are left out.
 */
public final class SmoothedSeries {

    /** The weight of the past in each direction of the smoothed line: about five iterations. */
    public static final double SMOOTHING = 0.8;

    private final DoubleDataSet raw;
    private final DoubleDataSet smooth;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;
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
        size = 0;
    }

    /** Appends values at iterations {@code x}; the line is smoothed in the values' own units, then transformed. */
    public void append(double[] x, double[] y) {
        if (size + x.length > xs.length) {
            int capacity = Math.max(2 * xs.length, size + x.length);
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
        }
        System.arraycopy(x, 0, xs, size, x.length);
        System.arraycopy(y, 0, ys, size, y.length);
        size += x.length;
        double[][] dots = drawable(x, y, x.length);
        raw.add(dots[0], dots[1]);
        double[][] line = drawable(xs, Ema.bothWays(ys, size, SMOOTHING), size);
        smooth.set(line[0], line[1]);
    }

    /** The first n points through the transform, without those that come out non-finite. */
    private double[][] drawable(double[] x, double[] y, int n) {
        double[] dx = new double[n];
        double[] dy = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double v = transform.applyAsDouble(y[i]);
            if (Double.isFinite(v)) {
                dx[k] = x[i];
                dy[k++] = v;
            }
        }
        return new double[][] {Arrays.copyOf(dx, k), Arrays.copyOf(dy, k)};
    }
    /**
     * The least and greatest value drawn at iterations from {@code fromX} on, dots and line alike,
     * or null when none is drawn there: the y range of a chart that shows only recent iterations.
     */
    public double[] range(double fromX) {
        double[] out = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        extend(out, raw, fromX);
        extend(out, smooth, fromX);
        return out[0] <= out[1] ? out : null;
    }

    /** Widens {@code range} (least, greatest) by the values {@code set} draws at x from {@code fromX} on; x ascending. */
    static void extend(double[] range, DataSet set, double fromX) {
        double[] xs = set.getValues(DataSet.DIM_X);
        double[] ys = set.getValues(DataSet.DIM_Y);
        int n = set.getDataCount();
        for (int i = firstAtOrAfter(xs, n, fromX); i < n; i++) {
            range[0] = Math.min(range[0], ys[i]);
            range[1] = Math.max(range[1], ys[i]);
        }
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
