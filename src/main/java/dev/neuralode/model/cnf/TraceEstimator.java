package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Estimates {@code tr(df/dz)} per batch row from vector-Jacobian products of f with respect to z.
 *
 * <ul>
 *   <li>{@link #exact()}: {@code sum_k (e_k^T df/dz) e_k}, one product per dimension (the
 *       paper's exact trace).</li>
 *   <li>{@link #hutchinson}: {@code eps^T (df/dz) eps} with {@code E[eps eps^T] = I}, one product
 *       (FFJORD). The noise is drawn once per solve by {@link #beginSolve} and held fixed during it,
 *       because an estimator that changes between evaluations makes the dynamics rough and the
 *       adaptive solver's NFE explode.</li>
 * </ul>
 */
public abstract class TraceEstimator {

    /** The noise distribution of the Hutchinson estimator. */
    public enum Noise { GAUSSIAN, RADEMACHER }

    /** Prepares for one solve of a batch of {@code n} points in d dimensions. */
    public abstract void beginSolve(int n, int d, DType dtype, RandomGenerator rng);

    /**
     * The estimate of {@code tr(df/dz)} as {@code (n, 1)}; with {@code createGraph} it can itself be
     * differentiated (training through it).
     */
    public abstract Tensor trace(Tensor f, Tensor z, boolean createGraph);

    /** A short name for configs and charts. */
    public abstract String name();

    /** Whether the estimate is the exact trace (so a field's closed form may replace it). */
    public boolean isExact() {
        return false;
    }

    /**
     * {@code eps^T df/dz} from the last {@link #trace} call when this estimator computed it (the
     * Jacobian Frobenius regulariser reuses it), else null.
     */
    public Tensor lastNoiseProduct() {
        return null;
    }

    /**
     * Noise for the Jacobian Frobenius regulariser when the trace itself needs none: the current
     * solve's Hutchinson noise, or Rademacher noise drawn by {@link #beginSolve} for the exact trace.
     */
    public abstract Tensor noiseFor(Tensor z);

    public static TraceEstimator exact() {
        return new Exact();
    }

    public static TraceEstimator hutchinson(Noise noise) {
        return new Hutchinson(noise);
    }

    private static final class Exact extends TraceEstimator {

        private final Hutchinson regulariserNoise = new Hutchinson(Noise.RADEMACHER);

        @Override
        public void beginSolve(int n, int d, DType dtype, RandomGenerator rng) {
            // The trace is deterministic; noise is drawn only for a Jacobian Frobenius regulariser.
            regulariserNoise.beginSolve(n, d, dtype, rng);
        }

        @Override
        public boolean isExact() {
            return true;
        }

        @Override
        public Tensor noiseFor(Tensor z) {
            return regulariserNoise.noiseFor(z);
        }

        @Override
        public Tensor trace(Tensor f, Tensor z, boolean createGraph) {
            int n = (int) z.size(0);
            int d = (int) z.size(1);
            Tensor trace = null;
            for (int k = 0; k < d; k++) {
                double[] unit = new double[n * d];
                for (int r = 0; r < n; r++) {
                    unit[r * d + k] = 1.0;
                }
                Tensor e = Tensor.fromValues(unit, z.dtype(), n, d);
                Tensor column = Grad.grad(List.of(f), List.of(z), List.of(e), createGraph, false).get(0).select(1, k);
                trace = trace == null ? column : trace.add(column);
            }
            return trace;
        }

        @Override
        public String name() {
            return "exact";
        }
    }

    private static final class Hutchinson extends TraceEstimator {

        private final Noise noise;
        private Tensor epsilon;
        private Tensor lastProduct;

        Hutchinson(Noise noise) {
            this.noise = noise;
        }

        @Override
        public void beginSolve(int n, int d, DType dtype, RandomGenerator rng) {
            double[] e = new double[n * d];
            for (int i = 0; i < e.length; i++) {
                e[i] = noise == Noise.GAUSSIAN ? rng.nextGaussian() : (rng.nextBoolean() ? 1.0 : -1.0);
            }
            epsilon = Tensor.fromValues(e, dtype, n, d);
        }

        @Override
        public Tensor trace(Tensor f, Tensor z, boolean createGraph) {
            Tensor e = noiseFor(z);
            lastProduct = Grad.grad(List.of(f), List.of(z), List.of(e), createGraph, false).get(0);
            return lastProduct.mul(e).sum(true, 1);
        }

        @Override
        public Tensor lastNoiseProduct() {
            return lastProduct;
        }

        @Override
        public Tensor noiseFor(Tensor z) {
            if (epsilon == null || epsilon.size(0) != z.size(0) || epsilon.size(1) != z.size(1)) {
                throw new IllegalStateException("the Hutchinson noise was drawn for " + (epsilon == null ? "no batch"
                        : epsilon.size(0) + "x" + epsilon.size(1)) + " but the batch is " + z.size(0) + "x" + z.size(1)
                        + "; call beginSolve before each solve");
            }
            return epsilon;
        }

        @Override
        public String name() {
            return "hutchinson-" + noise.name().toLowerCase();
        }
    }
}
