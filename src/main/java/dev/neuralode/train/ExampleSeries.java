package dev.neuralode.train;

import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.Spirals;

/**
 * A series the latent ODE explorer can show: its observations, the curve it was sampled from (a
 * spiral's noise-free trajectory through its window and future; for an imported series, the
 * polyline of its own observations), and whether the model trains on it.
 *
 * @param label    what the series picker shows
 * @param observed the observations, times relative to the first window point (>= 0)
 * @param truth    the curve the observations come from
 * @param training whether the session trains on this series (held-out and imported ones are only inferred)
 * @param truthKnown whether {@code truth} is the real noise-free curve (a spiral's) rather than the
 *                   polyline through the observations (an imported series')
 */
public record ExampleSeries(String label, IrregularSeries observed, GroundTruth truth, boolean training, boolean truthKnown) {

    public ExampleSeries {
        if (observed.size() == 0) {
            throw new IllegalArgumentException("series '" + observed.id() + "' has no observation");
        }
    }

    /** A generated spiral with its first {@code n} subsampled observations and its noise-free curve. */
    static ExampleSeries ofSpiral(Spirals.Spiral s, IrregularSeries observed, boolean training) {
        IrregularSeries window = s.noiseFree();
        IrregularSeries future = s.future();
        int n = window.size() + future.size();
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            IrregularSeries part = i < window.size() ? window : future;
            int k = i < window.size() ? i : i - window.size();
            t[i] = part.time(k);
            x[i] = part.x(k);
            y[i] = part.y(k);
        }
        String label = "spiral " + observed.id() + (s.clockwise() ? ", clockwise" : ", counter-clockwise")
                + (training ? "" : " (held out)");
        return new ExampleSeries(label, observed, new GroundTruth(t, x, y), training, true);
    }

    /**
     * An imported series, shifted to start at t = 0 (where the latent state z0 lives); with no
     * ground truth known, its curve is the polyline of its observations.
     */
    public static ExampleSeries imported(IrregularSeries series) {
        IrregularSeries s = series.relativeToStart();
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.x(i);
            y[i] = s.y(i);
        }
        return new ExampleSeries("imported: " + s.id(), s, new GroundTruth(s.t(), x, y), false, false);
    }
}
