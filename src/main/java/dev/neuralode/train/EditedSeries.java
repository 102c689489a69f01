package dev.neuralode.train;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.model.latent.IrregularBatch;
import java.util.List;

/**
 * One series as the user edits it in the latent ODE explorer: the example it started from and its
 * observations after adding and removing points. Immutable: every edit returns a new value, so an
 * undo history is a list and an inference request can hold its input while the user goes on.
 *
 * <p>A point added at (x, y) takes its time from the example's curve ({@link GroundTruth#timeNear}):
 * the time at which the noise-free trajectory passes nearest to the click, interpolated along
 * the nearest segment. Times stay strictly increasing; an edit that would repeat a time, remove
 * the last observation or give a negative time is refused with a message that says why.
 */
public final class EditedSeries {

    /** Two times closer than this are the same time (the series' times must increase strictly). */
    public static final double SAME_TIME = 1e-9;
    /** How far before t = 0 the prediction times reach, as a fraction of the curve's span: backward extrapolation. */
    public static final double BACKWARD_FRACTION = 0.25;

    private final ExampleSeries example;
    private final IrregularSeries series;

    private EditedSeries(ExampleSeries example, IrregularSeries series) {
        this.example = example;
        this.series = series;
    }

    /** The example as it is, before any edit. */
    public static EditedSeries of(ExampleSeries example) {
        return new EditedSeries(example, example.observed());
    }

    /**
     * The example with observations edited before, such as those of a saved experiment.
     *
     * @throws IllegalArgumentException when there is no observation or one lies before t = 0
     */
    public static EditedSeries restored(ExampleSeries example, IrregularSeries observations) {
        if (observations.size() == 0) {
            throw new IllegalArgumentException("the edited series has no observation; the posterior needs at least one");
        }
        if (observations.time(0) < 0) {
            throw new IllegalArgumentException("the edited series starts at t = " + observations.time(0)
                    + ", before t = 0 where the latent state z0 lives");
        }
        return new EditedSeries(example, observations);
    }

    public ExampleSeries example() {
        return example;
    }

    /** The observations after the edits. */
    public IrregularSeries series() {
        return series;
    }

    public int size() {
        return series.size();
    }

    /** Whether the observations differ from the example's. */
    public boolean edited() {
        return !series.equals(example.observed());
    }

    /** Adds an observation at (x, y) at the time the example's curve passes nearest to it. */
    public EditedSeries withObservation(double x, double y) {
        return withObservation(example.truth().timeNear(x, y), x, y);
    }

    /**
     * Adds an observation at time {@code t}, kept in time order.
     *
     * @throws IllegalArgumentException when a value is not finite, t is negative, or the series already has an observation at t
     */
    public EditedSeries withObservation(double t, double x, double y) {
        if (!Double.isFinite(t) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("an observation needs finite t, x and y, was (" + t + ", " + x + ", " + y + ")");
        }
        if (t < 0) {
            throw new IllegalArgumentException("t = " + t + " is before the series' start at t = 0, where the latent state"
                    + " z0 lives; add points at t >= 0");
        }
        int n = series.size();
        int at = 0;
        while (at < n && series.time(at) < t) {
            at++;
        }
        for (int k = Math.max(0, at - 1); k <= Math.min(n - 1, at); k++) {
            if (Math.abs(series.time(k) - t) < SAME_TIME) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "the series already has an observation at t = %.4f; remove it first or click elsewhere on the curve",
                        series.time(k)));
            }
        }
        double[] ts = new double[n + 1];
        float[] xy = new float[2 * (n + 1)];
        for (int i = 0, j = 0; j <= n; j++) {
            if (j == at) {
                ts[j] = t;
                xy[2 * j] = (float) x;
                xy[2 * j + 1] = (float) y;
            } else {
                ts[j] = series.time(i);
                xy[2 * j] = series.x(i);
                xy[2 * j + 1] = series.y(i);
                i++;
            }
        }
        return new EditedSeries(example, new IrregularSeries(series.id(), ts, xy));
    }

    /**
     * Removes observation {@code index}.
     *
     * @throws IllegalArgumentException when the index is out of range or it is the only observation left
     */
    public EditedSeries without(int index) {
        if (index < 0 || index >= series.size()) {
            throw new IllegalArgumentException("no observation " + index + ": the series has " + series.size());
        }
        if (series.size() == 1) {
            throw new IllegalArgumentException("the last observation cannot be removed: the posterior needs at least one");
        }
        boolean[] keep = new boolean[series.size()];
        java.util.Arrays.fill(keep, true);
        keep[index] = false;
        return new EditedSeries(example, series.select(keep));
    }

    /** The index of the observation nearest to (x, y) in the plane. */
    public int nearest(double x, double y) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < series.size(); i++) {
            double d = Math.hypot(series.x(i) - x, series.y(i) - y);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The batch of this one series the model infers its posterior from. */
    public IrregularBatch batch(DType dtype) {
        return IrregularBatch.of(List.of(series), dtype);
    }

    /**
     * {@code count} evenly spaced times for the reconstruction and extrapolation: from a quarter of
     * the curve's span before t = 0 (backward in time) to the end of the curve or the last
     * observation, whichever is later.
     */
    public double[] predictionTimes(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("at least two prediction times are needed, was " + count);
        }
        double end = Math.max(example.truth().end(), series.time(series.size() - 1));
        double span = end - Math.min(0, example.truth().start());
        if (!(span > 0)) {
            span = 1;
            end = Math.max(end, 1);
        }
        double start = -BACKWARD_FRACTION * span;
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = start + (end - start) * i / (count - 1);
        }
        return t;
    }
}
