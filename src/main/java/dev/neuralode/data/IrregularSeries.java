package dev.neuralode.data;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A 2D time series observed at its own, possibly irregular, strictly increasing times:
 * {@code xy} is row-major {@code (n, 2)}. Immutable.
 */
public record IrregularSeries(String id, double[] t, float[] xy) {

    public IrregularSeries {
        if (xy.length != 2 * t.length) {
            throw new IllegalArgumentException("series '" + id + "': " + t.length + " times but " + xy.length / 2.0 + " points");
        }
        for (int i = 1; i < t.length; i++) {
            if (!(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("series '" + id + "': times must increase strictly, but t[" + i + "] = " + t[i]
                        + " follows " + t[i - 1] + "; sort the rows by time and drop duplicates");
            }
        }
        t = t.clone();
        xy = xy.clone();
    }

    public int size() {
        return t.length;
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    @Override
    public float[] xy() {
        return xy.clone();
    }

    public double time(int i) {
        return t[i];
    }

    public float x(int i) {
        return xy[2 * i];
    }

    public float y(int i) {
        return xy[2 * i + 1];
    }

    /** {@code n} of the observations chosen at random without replacement, kept in time order. */
    public IrregularSeries subsample(int n, RandomGenerator rng) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException("series '" + id + "' has " + size() + " observations; cannot keep " + n);
        }
        boolean[] keep = new boolean[size()];
        for (int chosen = 0; chosen < n; ) {
            int i = rng.nextInt(size());
            if (!keep[i]) {
                keep[i] = true;
                chosen++;
            }
        }
        return select(keep);
    }

    /**
     * The same observations with times measured from the first one ({@code t_i - t_0}): a model whose
     * initial state lives at t = 0, such as a latent ODE, reads an imported series this way.
     */
    public IrregularSeries relativeToStart() {
        if (t.length == 0 || t[0] == 0.0) {
            return this;
        }
        double[] shifted = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            shifted[i] = t[i] - t[0];
        }
        return new IrregularSeries(id, shifted, xy);
    }

    /** The observations whose flag is set, in order. */
    public IrregularSeries select(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[] ts = new double[n];
        float[] ps = new float[2 * n];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                ts[j] = t[i];
                ps[2 * j] = xy[2 * i];
                ps[2 * j + 1] = xy[2 * i + 1];
                j++;
            }
        }
        return new IrregularSeries(id, ts, ps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IrregularSeries s && s.id.equals(id) && Arrays.equals(s.t, t) && Arrays.equals(s.xy, xy);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id.hashCode() + Arrays.hashCode(t)) + Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "series " + id + " (" + size() + " observations)";
    }
}
