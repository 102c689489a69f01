package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of 2D series observed at different times, laid out for batched tensor work.
 *
 * <p><b>The union grid.</b> Every series' times are merged into one increasing grid
 * {@code t_1 < ... < t_T} (its {@link #times()}); the observations become a {@code (T, B, 2)} tensor
 * with a {@code (T, B, 1)} 0/1 {@link #mask()} that is 1 where series b was observed at t_i. A
 * latent ODE then solves once, for the whole batch, over the union grid, decodes every grid point
 * and lets the mask decide which points enter the likelihood (Chen et al. 2018, appendix; Rubanova
 * et al. 2019 batch irregular series the same way). Spirals share one sampling grid, so their union
 * has at most as many times as the grid however they are subsampled; the cost of an unobserved grid
 * point is one decoder evaluation, which the mask multiplies by zero.
 *
 * <p><b>Sequences.</b> Recurrent networks instead step through each series' own observations (a
 * union grid would make them step through every other series' times). {@link #backwardSteps()}
 * aligns series by their last observation and {@link #forwardSteps} by their first; when series
 * have different lengths a {@code (B, 1)} activity mask per step keeps a finished series' state.
 *
 * <p>Times are relative to a common origin t = 0, where the latent ODE's initial state lives;
 * they must be {@code >= 0}. Spirals are generated that way; shift imported series first.
 */
public final class IrregularBatch {

    /** Dimensions of an observation: series hold 2D points. */
    public static final int DIM = 2;

    private final List<IrregularSeries> series;
    private final DType dtype;
    private final double[] times;
    private final Tensor values;
    private final Tensor mask;
    private final int maxLength;
    private final int observations;
    private final RecurrentSteps backward;

    private IrregularBatch(List<IrregularSeries> series, DType dtype) {
        this.series = List.copyOf(series);
        this.dtype = dtype;
        this.times = union(this.series);
        int b = this.series.size();
        int t = times.length;
        double[] v = new double[t * b * DIM];
        double[] m = new double[t * b];
        int longest = 0;
        int count = 0;
        for (int s = 0; s < b; s++) {
            IrregularSeries x = this.series.get(s);
            longest = Math.max(longest, x.size());
            count += x.size();
            int i = 0;
            for (int k = 0; k < x.size(); k++) {
                while (times[i] != x.time(k)) {
                    i++;
                }
                m[i * b + s] = 1;
                v[(i * b + s) * DIM] = x.x(k);
                v[(i * b + s) * DIM + 1] = x.y(k);
            }
        }
        this.values = Tensor.fromValues(v, dtype, t, b, DIM);
        this.mask = Tensor.fromValues(m, dtype, t, b, 1);
        this.maxLength = longest;
        this.observations = count;
        // Built here, not on first use: a first use inside a training iteration's Workspace would
        // leave the batch holding recycled memory.
        this.backward = steps(true, null);
    }

    /**
     * A batch of the given series.
     *
     * @throws IllegalArgumentException naming the series when the list is empty, a series has no
     *                                  observation or a time is negative
     */
    public static IrregularBatch of(List<IrregularSeries> series, DType dtype) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one series");
        }
        if (dtype == null) {
            throw new IllegalArgumentException("a batch needs a dtype (float32 to train), was null");
        }
        for (IrregularSeries s : series) {
            if (s.size() == 0) {
                throw new IllegalArgumentException("series '" + s.id() + "' has no observation; drop it from the batch");
            }
            if (!(s.time(0) >= 0)) {
                throw new IllegalArgumentException("series '" + s.id() + "' starts at t = " + s.time(0)
                        + "; times must be >= 0 (the latent state z0 lives at t = 0): shift the series first");
            }
        }
        return new IrregularBatch(series, dtype);
    }

    private static double[] union(List<IrregularSeries> series) {
        int n = 0;
        for (IrregularSeries s : series) {
            n += s.size();
        }
        double[] all = new double[n];
        int k = 0;
        for (IrregularSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                all[k++] = s.time(i);
            }
        }
        Arrays.sort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[unique - 1]) {
                all[unique++] = all[i];
            }
        }
        return Arrays.copyOf(all, unique);
    }

    /** The series, in batch order. */
    public List<IrregularSeries> series() {
        return series;
    }

    /** The number of series B. */
    public int size() {
        return series.size();
    }

    public DType dtype() {
        return dtype;
    }

    /** The union grid: every observation time of every series, increasing, without repeats. */
    public double[] times() {
        return times.clone();
    }

    /** The last time of the union grid: the end of the batch's observation window {@code [0, endTime]}. */
    public double endTime() {
        return times[times.length - 1];
    }

    /** The observations on the union grid, {@code (T, B, 2)}, zero where a series was not observed. */
    public Tensor values() {
        return values;
    }

    /** 1 where series b was observed at grid time i, else 0: {@code (T, B, 1)}. */
    public Tensor mask() {
        return mask;
    }

    /** The number of observations over all series. */
    public int observationCount() {
        return observations;
    }

    /** The length of the longest series: the number of steps of {@link #backwardSteps()} and {@link #forwardSteps}. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * The observations from the last to the first, aligned at each series' last observation: step j
     * holds observation {@code i = n_b - 1 - j} of series b as {@code (x_i, y_i, t_i - t_(i-1))} with
     * {@code t_(-1) = 0}. The gap is the time from this observation back to the one the network
     * reads next, and after the first observation, back to t = 0 where q(z0) is wanted.
     */
    public RecurrentSteps backwardSteps() {
        return backward;
    }

    /**
     * The observations from the first to the last, aligned at each series' first observation: step
     * k holds observation k of series b as {@code (x_k, y_k, t_(k+1) - t_k)} with target
     * {@code x_(k+1)}: the gap says how far ahead the prediction is wanted. At a series' last
     * observation there is no target; the gap there reaches {@code nextTimes[b]} (the first time to
     * forecast), or is 0 when {@code nextTimes} is null.
     */
    public RecurrentSteps forwardSteps(double[] nextTimes) {
        if (nextTimes != null && nextTimes.length != series.size()) {
            throw new IllegalArgumentException("forwardSteps: " + nextTimes.length + " next times for " + series.size() + " series");
        }
        return steps(false, nextTimes);
    }

    private RecurrentSteps steps(boolean backward, double[] nextTimes) {
        int b = series.size();
        int len = maxLength;
        double[] in = new double[len * b * (DIM + 1)];
        double[] active = new double[len * b];
        double[] target = backward ? null : new double[len * b * DIM];
        double[] targetMask = backward ? null : new double[len * b];
        boolean[] full = new boolean[len];
        Arrays.fill(full, true);
        for (int s = 0; s < b; s++) {
            IrregularSeries x = series.get(s);
            int n = x.size();
            for (int j = 0; j < len; j++) {
                if (j >= n) {
                    full[j] = false;
                    continue;
                }
                int i = backward ? n - 1 - j : j;
                int row = j * b + s;
                active[row] = 1;
                in[row * (DIM + 1)] = x.x(i);
                in[row * (DIM + 1) + 1] = x.y(i);
                double gap;
                if (backward) {
                    gap = x.time(i) - (i == 0 ? 0.0 : x.time(i - 1));
                } else if (i + 1 < n) {
                    gap = x.time(i + 1) - x.time(i);
                    targetMask[row] = 1;
                    target[row * DIM] = x.x(i + 1);
                    target[row * DIM + 1] = x.y(i + 1);
                } else {
                    gap = nextTimes == null ? 0.0 : nextTimes[s] - x.time(i);
                }
                in[row * (DIM + 1) + DIM] = gap;
            }
        }
        return new RecurrentSteps(Tensor.fromValues(in, dtype, len, b, DIM + 1), Tensor.fromValues(active, dtype, len, b, 1),
                full, target == null ? null : Tensor.fromValues(target, dtype, len, b, DIM),
                targetMask == null ? null : Tensor.fromValues(targetMask, dtype, len, b, 1));
    }

    @Override
    public String toString() {
        return "IrregularBatch(" + series.size() + " series, " + observations + " observations, " + times.length + " grid times)";
    }
}
