package dev.neuralode.model.latent;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Parameter;
import dev.neuralode.nn.Sequential;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.State;
import dev.neuralode.sensitivity.ParametricDynamics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The latent ODE of Chen et al. 2018 (section 5, Figure 6), a variational autoencoder over time:
 * <pre>
 * q(z0 | x) = N(mu, sigma^2)       from the {@link RecognitionRnn} run backwards over the observations
 * z(t)      = ODESolve(f, z0, t)    {@link LatentDynamics}, one solve over the batch's union grid
 * p(x_i | z(t_i)) = N(dec(z(t_i)), s^2)   decoder L -> H (ReLU) -> D, fixed s (observationStd)
 * ELBO = sum_i log p(x_i | z(t_i)) [+ Poisson log p(t_1..t_n)] - KL(q(z0 | x) || N(0, I))
 * </pre>
 * Irregular batches are solved once over the union of their times and masked (see
 * {@link IrregularBatch}). All solves go through one {@link TrajectorySolver}, by default
 * backpropagation through dopri5 at the configured tolerances. Parameters {@code recognition.*},
 * {@code dynamics.*}, {@code decoder.*} and, with the Poisson likelihood, {@code poisson.*}.
 */
public final class LatentOde extends Module implements SeriesModel {

    /** Latent states {@code (T, B, L)} at a solve's times, the integrated intensity {@code (T, B, 1)} or null, and the NFE. */
    public record Rollout(Tensor z, Tensor cumulativeIntensity, int nfe, TrajectorySolver.Trajectory trajectory) {
    }

    private final LatentOdeConfig config;
    private final RecognitionRnn recognition;
    private final LatentDynamics dynamics;
    private final Sequential decoder;
    private final PoissonProcess poisson;
    private TrajectorySolver solver;

    public LatentOde(LatentOdeConfig config, RandomGenerator rng) {
        if (config == null || rng == null) {
            throw new IllegalArgumentException("a latent ODE needs a configuration (LatentOdeConfig.paper()) and a seeded generator");
        }
        if (config.observationDim() != IrregularBatch.DIM) {
            throw new IllegalArgumentException("series hold " + IrregularBatch.DIM + "D points, but observationDim was "
                    + config.observationDim());
        }
        this.config = config;
        DType dtype = config.dtype();
        this.recognition = registerModule("recognition", new RecognitionRnn(config.observationDim(), config.recognitionHidden(),
                config.latentDim(), config.timeGapInput(), dtype, rng));
        this.dynamics = registerModule("dynamics", new LatentDynamics(config.latentDim(), config.dynamicsHidden(),
                config.dynamicsLayers(), config.dynamicsActivation(), dtype, rng));
        this.decoder = registerModule("decoder", MlpActivation.RELU.mlp(config.latentDim(), config.decoderHidden(), 1,
                config.observationDim(), dtype, rng));
        this.poisson = config.poisson() ? registerModule("poisson", new PoissonProcess(config.latentDim(), config.poissonHidden(),
                dtype, rng)) : null;
        this.solver = config.directSolver();
    }

    public LatentOdeConfig config() {
        return config;
    }

    /** The solver every solve of this model uses. */
    public TrajectorySolver solver() {
        return solver;
    }

    /** Replaces the solver (another method, tolerance or sensitivity method). */
    public void setSolver(TrajectorySolver s) {
        if (s == null) {
            throw new IllegalArgumentException("the solver must not be null; LatentOdeConfig.directSolver() is the default");
        }
        solver = s;
    }

    public RecognitionRnn recognition() {
        return recognition;
    }

    public LatentDynamics dynamics() {
        return dynamics;
    }

    /** The Poisson process, or null when the ELBO has no Poisson term. */
    public PoissonProcess poisson() {
        return poisson;
    }

    @Override
    public String name() {
        return config.poisson() ? "Latent ODE (Poisson)" : "Latent ODE";
    }

    @Override
    public Module module() {
        return this;
    }

    @Override
    public DType dtype() {
        return config.dtype();
    }

    /** q(z0 | x) for every series of the batch. */
    public Posterior encode(IrregularBatch batch) {
        return recognition.encode(batch);
    }

    /** The decoder's means {@code (..., D)} for latent states {@code (..., L)}. */
    public Tensor decode(Tensor z) {
        return decoder.forward(z);
    }

    /**
     * Solves the latent ODE from {@code z0 (B, L)} at t = 0 to increasing {@code times}, which may lie on
     * both sides of 0 (backwards for negative times); with the Poisson likelihood, together with the
     * integrated intensity.
     */
    public Rollout rollout(Tensor z0, double[] times) {
        Dynamics f = poisson == null ? Dynamics.of(dynamics) : poisson.augment(dynamics);
        List<Tensor> theta = new ArrayList<>(dynamics.parameters().stream().map(Parameter::tensor).toList());
        if (poisson != null) {
            poisson.parameters().forEach(p -> theta.add(p.tensor()));
        }
        State y0 = poisson == null ? State.of(z0) : PoissonProcess.initialState(z0);
        TrajectorySolver.Trajectory trajectory = solver.trajectory(ParametricDynamics.of(f, theta), y0, times);
        return new Rollout(trajectory.stacked(0), poisson == null ? null : trajectory.stacked(1), trajectory.nfe(), trajectory);
    }

    /** The ELBO of a batch for one reparameterised sample of z0 with noise from {@code rng}. */
    public Elbo elbo(IrregularBatch batch, RandomGenerator rng) {
        Posterior q = encode(batch);
        return elbo(batch, q, q.sample(rng));
    }

    /** The ELBO of a batch for the given sample {@code z0} of the posterior {@code q}. */
    public Elbo elbo(IrregularBatch batch, Posterior q, Tensor z0) {
        Rollout r = rollout(z0, batch.times());
        Tensor logLikelihood = GaussianLikelihood.logLikelihood(batch.values(), decode(r.z()), batch.mask(), config.observationStd());
        Tensor kl = q.klToStandardNormal();
        Tensor elbo = logLikelihood.sub(kl);
        Tensor events = null;
        if (poisson != null) {
            long t = r.cumulativeIntensity().size(0);
            Tensor atEnd = r.cumulativeIntensity().slice(0, t - 1, t).reshape(batch.size(), 1);
            events = poisson.logLikelihood(r.z(), batch.mask(), atEnd);
            elbo = elbo.add(events);
        }
        return new Elbo(elbo.mean().neg(), logLikelihood, events, kl, r.nfe(), r.trajectory());
    }

    @Override
    public Tensor loss(IrregularBatch batch, RandomGenerator rng) {
        return elbo(batch, rng).loss();
    }

    /** The decoded trajectories of the posterior means at {@code times}, {@code (F, B, D)}. */
    @Override
    public Tensor predict(IrregularBatch batch, double[] times) {
        return decode(rollout(encode(batch).mean(), times).z());
    }

    /** The same as {@link #predict}: a latent trajectory serves any time, inside the observations or beyond. */
    @Override
    public Tensor reconstruct(IrregularBatch batch, double[] times) {
        return predict(batch, times);
    }

    /**
     * Everything a view draws for one series: the reconstruction and extrapolation at {@code times}
     * (which may reach before 0 and past the observations) from the posterior mean and from
     * {@code samples} posterior samples, all in one batched solve, and the latent trajectories.
     */
    public LatentPrediction explain(IrregularSeries series, double[] times, int samples, RandomGenerator rng) {
        if (samples < 0) {
            throw new IllegalArgumentException("the number of posterior samples must be >= 0, was " + samples);
        }
        try (GradMode off = GradMode.disabled()) {
            IrregularBatch batch = IrregularBatch.of(List.of(series), config.dtype());
            Posterior q = encode(batch);
            Tensor z0 = q.mean();
            if (samples > 0) {
                Tensor eps = Posterior.standardNormal(rng, new long[] {samples, config.latentDim()}, z0);
                Tensor std = q.logVar().mul(0.5).exp();
                z0 = Tensor.concat(0, z0, q.mean().add(std.mul(eps)));
            }
            Rollout r = rollout(z0, times);
            double[][][] decoded = TensorArrays.byBatch(decode(r.z()));
            double[][][] latent = TensorArrays.byBatch(r.z());
            double[] intensity = poisson == null ? null : column(TensorArrays.byBatch(poisson.intensity(r.z()))[0]);
            double[][] observed = new double[series.size()][];
            for (int i = 0; i < observed.length; i++) {
                observed[i] = new double[] {series.x(i), series.y(i)};
            }
            double[] std = q.logVar().mul(0.5).exp().toDoubleArray();
            return new LatentPrediction(times.clone(), series.t(), observed, decoded[0],
                    Arrays.copyOfRange(decoded, 1, decoded.length), latent[0],
                    Arrays.copyOfRange(latent, 1, latent.length), q.mean().toDoubleArray(), std, intensity, r.nfe());
        }
    }

    private static double[] column(double[][] rows) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][0];
        }
        return c;
    }
}
