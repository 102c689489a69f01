package dev.neuralode.train;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.cnf.CnfModel;
import dev.neuralode.model.density.GaussianBase;
import dev.neuralode.model.flow.PlanarFlow;
import dev.neuralode.nn.Module;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A frozen copy of a session's model, for computing what views draw on a thread of their own while
 * training continues: log-density grids (the heatmap and its morph frames), trajectories of samples
 * pushed from the base, and the vector field. All results are plain arrays. Nothing here records a
 * gradient.
 */
public final class FlowSnapshot {

    /**
     * Grid points per solve: a 100 x 100 frame solved in batches of 2,500 ran faster than one solve of
     * all 10,000 points or batches of 1,024 (docs/benchmarks.md, "Benchmark: bench cnf"): smaller batches keep
     * arrays in cache, and each batch adds its own step-size control.
     */
    private static final int CHUNK = 2500;

    private final CnfExperiment config;
    private final CnfModel cnf;
    private final PlanarFlow planar;
    private final long iteration;
    private final DType dtype;

    private FlowSnapshot(CnfExperiment config, CnfModel cnf, PlanarFlow planar, long iteration) {
        this.config = config;
        this.cnf = cnf;
        this.planar = planar;
        this.iteration = iteration;
        this.dtype = "float64".equals(config.dtype()) ? DType.FLOAT64 : DType.FLOAT32;
    }

    /** A model of this config carrying the given weights. */
    public static FlowSnapshot of(CnfExperiment config, Map<String, Tensor> weights, long iteration) {
        DType dtype = "float64".equals(config.dtype()) ? DType.FLOAT64 : DType.FLOAT32;
        Module module;
        FlowSnapshot snapshot;
        if ("planar".equals(config.model())) {
            PlanarFlow p = new PlanarFlow(2, config.planarLayers(), dtype, new Random(config.seed()));
            module = p;
            snapshot = new FlowSnapshot(config, null, p, iteration);
        } else {
            CnfModel c = DensityTrainer.buildCnf(config, dtype, new Random(config.seed()));
            module = c;
            snapshot = new FlowSnapshot(config, c, null, iteration);
        }
        module.loadStateDict(weights);
        return snapshot;
    }

    public CnfExperiment config() {
        return config;
    }

    /** The training iteration the weights come from. */
    public long iteration() {
        return iteration;
    }

    /** The continuous flow, or null for a planar flow. */
    public CnfModel cnf() {
        return cnf;
    }

    private Odeint solver(double tol) {
        return Odeint.with(config.method()).tolerances(tol, tol);
    }

    /**
     * {@code log p_s} on a grid, all cells integrated as one batch. A planar flow pushing base to data
     * ({@code kl}) has no tractable density on a grid, so its grid is a histogram of pushed samples,
     * smoothed; one trained by {@code mle} reads data to base, and its grid is exact (the last
     * {@code round(s K)} layers, {@link PlanarFlow#dataLogDensity}).
     */
    @SuppressWarnings("try")
    public DensityGrid densityGrid(double s, double[] bounds, int n, double tol) {
        double[] xy = DensityGrid.centres(bounds[0], bounds[1], bounds[2], bounds[3], n);
        if (planar != null && isMle()) {
            try (GradMode off = GradMode.disabled()) {
                double[] log = planar.dataLogDensity(Tensor.fromValues(xy, dtype, (long) n * n, 2),
                        (int) Math.round(s * planar.layerCount())).toDoubleArray();
                return new DensityGrid(s, bounds[0], bounds[1], bounds[2], bounds[3], n, log, 0);
            }
        }
        if (planar != null) {
            return PlanarHistogram.grid(this, s, bounds, n);
        }
        double[] log = new double[n * n];
        int nfe = 0;
        try (GradMode off = GradMode.disabled()) {
            for (int from = 0; from < n * n; from += CHUNK) {
                int count = Math.min(CHUNK, n * n - from);
                double[] part = java.util.Arrays.copyOfRange(xy, 2 * from, 2 * (from + count));
                CnfModel.Flow flow = cnf.logDensityAt(s, Tensor.fromValues(part, dtype, count, 2), solver(tol),
                        new SplittableRandom(config.seed()));
                nfe += flow.solution() == null ? 0 : flow.solution().forwardStats().nfe();
                System.arraycopy(flow.logDensity().toDoubleArray(), 0, log, from, count);
            }
        }
        return new DensityGrid(s, bounds[0], bounds[1], bounds[2], bounds[3], n, log, nfe);
    }

    /** {@code log p(x)} at data points, with the NFE it took. */
    public double[] logDensity(float[] points, double tol, int[] nfe) {
        double[] v = new double[points.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = points[i];
        }
        return logDensity(v, tol, nfe);
    }

    /** {@code log p(x)} at data points given in double precision (rounded only if the model is float32), with the NFE it took. */
    @SuppressWarnings("try")
    public double[] logDensity(double[] points, double tol, int[] nfe) {
        if (cnf == null && !isMle()) {
            throw new IllegalStateException("a planar flow pushing base to data cannot evaluate log p at given points"
                    + " (it is not analytically invertible); train it by mle to read it from data to base");
        }
        try (GradMode off = GradMode.disabled()) {
            if (planar != null) {
                nfe[0] = 0;
                return planar.dataLogDensity(Tensor.fromValues(points, dtype, points.length / 2, 2), planar.layerCount())
                        .toDoubleArray();
            }
            CnfModel.Flow flow = cnf.logDensityAt(1.0, Tensor.fromValues(points, dtype, points.length / 2, 2), solver(tol),
                    new SplittableRandom(config.seed()));
            nfe[0] = flow.solution().forwardStats().nfe();
            return flow.logDensity().toDoubleArray();
        }
    }

    /** {@code count} base samples pushed to the data side, recorded at {@code frames} evenly spaced times. */
    @SuppressWarnings("try")
    public Trajectories trajectories(int count, int frames, double tol, long seed) {
        if (!drawsSamples()) {
            throw new IllegalStateException("a planar flow trained by mle maps data to the base and draws no samples"
                    + " (its inverse has no closed form); its density grid shows what it learnt");
        }
        if (count < 1 || frames < 2) {
            throw new IllegalArgumentException("need at least one point and two frames, got " + count + " and " + frames);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double variance = planar != null ? 1.0 : config.baseVariance();
        double[] z = new double[2 * count];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.sqrt(variance) * rng.nextGaussian();
        }
        Tensor z0 = Tensor.fromValues(z, dtype, count, 2);
        double[] s = TimeGrid.linspace(0, 1, frames).times();
        float[][] xy = new float[frames][];
        try (GradMode off = GradMode.disabled()) {
            if (planar != null) {
                return PlanarHistogram.layers(planar, z0);
            }
            // Solved in the model's time, as every CNF solve is (CnfModel), and recorded at the frames' s.
            double[] t = new double[frames];
            for (int k = 0; k < frames; k++) {
                t[k] = cnf.time(s[k]);
            }
            dev.neuralode.ode.Dynamics velocity = (time, y) -> State.of(cnf.field().evaluate(Tensor.scalar(time, dtype), y.part(0),
                    false).velocity());
            Solution sol = solver(tol).solve(velocity, State.of(z0), TimeGrid.of(t));
            for (int k = 0; k < frames; k++) {
                xy[k] = sol.state(k).part(0).toFloatArray();
            }
        }
        return new Trajectories(s, xy, count);
    }

    /** The velocity dz/ds on a grid at normalised time s. */
    @SuppressWarnings("try")
    public VectorField vectorField(double s, double[] bounds, int n) {
        double[] xy = DensityGrid.centres(bounds[0], bounds[1], bounds[2], bounds[3], n);
        float[] u = new float[n * n];
        float[] v = new float[n * n];
        if (cnf != null) {
            try (GradMode off = GradMode.disabled()) {
                float[] f = cnfDynamicsForPoints().derivative(s, State.of(Tensor.fromValues(xy, dtype, (long) n * n, 2)))
                        .part(0).toFloatArray();
                for (int k = 0; k < n * n; k++) {
                    u[k] = f[2 * k];
                    v[k] = f[2 * k + 1];
                }
            }
        }
        return new VectorField(s, bounds[0], bounds[1], bounds[2], bounds[3], n, u, v);
    }

    /** {@code dz/ds} alone (no log-density), for moving points and drawing arrows. */
    private dev.neuralode.ode.Dynamics cnfDynamicsForPoints() {
        Tensor span = Tensor.scalar(cnf.dataTime() - cnf.baseTime(), dtype);
        return (s, y) -> State.of(cnf.field().evaluate(Tensor.scalar(cnf.time(s), dtype), y.part(0), false).velocity().mul(span));
    }

    /** Whether {@link #trajectories} can push samples: all models but a planar flow read from data to base ({@code mle}). */
    public boolean drawsSamples() {
        return planar == null || !isMle();
    }

    private boolean isMle() {
        return "mle".equals(config.objective());
    }

    PlanarFlow planar() {
        return planar;
    }

    GaussianBase base() {
        return cnf != null ? cnf.base() : GaussianBase.standard();
    }
}
