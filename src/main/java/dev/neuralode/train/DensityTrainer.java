package dev.neuralode.train;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.ToyDataset;
import dev.neuralode.model.cnf.CnfModel;
import dev.neuralode.model.cnf.ConcatSquashField;
import dev.neuralode.model.cnf.HypernetField;
import dev.neuralode.model.cnf.TraceEstimator;
import dev.neuralode.model.cnf.VelocityField;
import dev.neuralode.model.density.GaussianBase;
import dev.neuralode.model.density.TargetDensity;
import dev.neuralode.model.flow.PlanarFlow;
import dev.neuralode.nn.Adam;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Optimizer;
import dev.neuralode.nn.RMSprop;
import dev.neuralode.ode.OdeSolveException;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.StepOptions;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.Sensitivity;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One experiment's model, optimizer and data, and one training iteration of it:
 * <ul>
 *   <li>{@code mle}: {@code loss = -mean log p(x)} over a batch of data (fresh samples of a toy
 *       density each iteration, as torchdiffeq's {@code cnf.py} does; draws from the points for
 *       custom data);</li>
 *   <li>{@code kl}: {@code loss = mean[log q(x) - log p(x)]} over a batch pushed from the base
 *       (density matching, the paper's Figure 4);</li>
 *   <li>a planar flow by {@code mle} reads data to base: {@code log p(x) = log N(f(x)) + log |det df/dx|}
 *       ({@link PlanarFlow#dataLogDensity}, the paper's Figure 5 baseline);</li>
 * </ul>
 * plus the weighted RNODE regularisers, followed by one step of the config's optimizer (Adam or RMSprop).
 */
final class DensityTrainer {

    /** The settings a failure's remedy may name. */
    private static final Set<Setting> SETTINGS = Set.of(Setting.values());

    /** The outcome of one iteration. */
    record Iteration(double loss, int nfeForward, int nfeBackward, StepTrace trace) {
    }

    private CnfExperiment config;
    private final PointSet customData;
    private final DType dtype;
    private final CnfModel cnf;
    private final PlanarFlow planar;
    private final Optimizer optimizer;
    private final TargetDensity target;
    private final long streamSeed;
    private SplittableRandom rng;

    DensityTrainer(CnfExperiment config, PointSet customData) {
        if (config.isCustomData() && "mle".equals(config.objective()) && (customData == null || customData.size() == 0)) {
            throw new IllegalArgumentException("the dataset is custom but there are no points; draw or import some first");
        }
        this.config = config;
        this.customData = customData;
        this.dtype = "float64".equals(config.dtype()) ? DType.FLOAT64 : DType.FLOAT32;
        Random init = new Random(config.seed());
        if ("planar".equals(config.model())) {
            this.planar = new PlanarFlow(2, config.planarLayers(), dtype, init);
            this.cnf = null;
        } else {
            this.cnf = buildCnf(config, dtype, init);
            this.planar = null;
        }
        this.optimizer = "rmsprop".equals(config.optimizer()) ? new RMSprop(module().namedParameters(), config.learningRate())
                : new Adam(module().namedParameters(), config.learningRate());
        this.target = "kl".equals(config.objective()) ? new TargetDensity(AnalyticDensity.byId(config.target())) : null;
        this.streamSeed = config.seed() ^ 0x5DEECE66DL ^ mixDataSeed(config.dataSeed());
    }

    /**
     * Spreads a data seed over all bits (SplitMix64's finaliser), and maps 0 to 0, so that configs
     * from before the data seed existed draw the batches they always drew.
     */
    static long mixDataSeed(long dataSeed) {
        if (dataSeed == 0) {
            return 0;
        }
        long z = dataSeed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The CNF a config describes: cnf.py's time convention for the hypernetwork, FFJORD's for the MLP. */
    static CnfModel buildCnf(CnfExperiment c, DType dtype, Random init) {
        VelocityField field = "hyper".equals(c.model())
                ? new HypernetField(2, c.hidden(), c.width(), dtype, init)
                : new ConcatSquashField(2, c.hiddenDims().stream().mapToInt(Integer::intValue).toArray(),
                        "tanh".equals(c.activation()) ? ConcatSquashField.Activation.TANH : ConcatSquashField.Activation.SOFTPLUS,
                        dtype, init);
        boolean dataFirst = "mlp".equals(c.model()) || c.learnEndTime();
        double baseTime = dataFirst ? c.endTime() : 0.0;
        double dataTime = dataFirst ? 0.0 : c.endTime();
        return new CnfModel(field, estimator(c.trace()), new GaussianBase(c.baseVariance()), baseTime, dataTime,
                c.learnEndTime(), c.kineticWeight() > 0, c.jacobianWeight() > 0);
    }

    static TraceEstimator estimator(String name) {
        return switch (name) {
            case "exact" -> TraceEstimator.exact();
            case "hutchinson-gaussian" -> TraceEstimator.hutchinson(TraceEstimator.Noise.GAUSSIAN);
            default -> TraceEstimator.hutchinson(TraceEstimator.Noise.RADEMACHER);
        };
    }

    static Sensitivity sensitivity(String name) {
        return switch (name) {
            case "direct" -> Sensitivity.direct();
            case "adjoint-seminorm" -> Sensitivity.adjoint().withSeminorm();
            case "checkpointed" -> Sensitivity.checkpointedAtSteps();
            default -> Sensitivity.adjoint();
        };
    }

    /** The points batches are drawn from, or null when they are fresh samples of a preset. */
    PointSet customData() {
        return config.isCustomData() ? customData : null;
    }

    Module module() {
        return cnf != null ? cnf : planar;
    }

    CnfModel cnf() {
        return cnf;
    }

    PlanarFlow planar() {
        return planar;
    }

    Optimizer optimizer() {
        return optimizer;
    }

    CnfExperiment config() {
        return config;
    }

    DType dtype() {
        return dtype;
    }

    /** Applies settings that need no new model: solver, tolerances, sensitivity, trace, regularisers, lr, batch. */
    void reconfigure(CnfExperiment next) {
        if (config.needsNewModel(next)) {
            throw new IllegalArgumentException("this change needs a new model; reset the session to apply it");
        }
        if (cnf != null) {
            cnf.configure(estimator(next.trace()), next.kineticWeight() > 0, next.jacobianWeight() > 0);
        }
        optimizer.setLearningRate(next.learningRate());
        config = next;
    }

    /** One iteration: {@link #backward} and the optimizer's step. */
    Iteration iterate(long iteration) {
        Iteration done = backward(iteration);
        optimizer.step();
        return done;
    }

    /**
     * The loss of one iteration's batch and its gradients, accumulated into the parameters, without
     * the optimizer's step (which {@link #iterate} adds; a backend comparison reads the gradients).
     */
    Iteration backward(long iteration) {
        // The draws of iteration n (batch, base samples, trace noise) depend on the seed and n alone, so
        // that a run resumed from a checkpoint draws what the uninterrupted run would have.
        rng = new SplittableRandom(streamSeed ^ (iteration * 0x9E3779B97F4A7C15L));
        Odeint solver = Odeint.with(config.method()).tolerances(config.rtol(), config.atol())
                .options(StepOptions.DEFAULT.withMaxSteps(config.maxSteps()));
        optimizer.zeroGrad();
        Tensor objective;
        Tensor penalty = null;
        GradientSolution solution = null;
        double origin = 0;
        double span = 1;
        try {
            if (planar != null && "mle".equals(config.objective())) {
                objective = planar.dataLogDensity(dataBatch(), planar.layerCount()).mean().neg();
            } else if (planar != null) {
                Tensor z = baseSample(config.batchSize(), 1.0);
                PlanarFlow.Result r = planar.forward(z);
                Tensor logq = GaussianBase.standard().logDensity(z).sub(r.logDet());
                objective = logq.sub(target.logDensity(r.z())).mean();
            } else {
                CnfModel.Flow flow;
                if ("mle".equals(config.objective())) {
                    flow = cnf.logDensity(dataBatch(), solver, sensitivity(config.sensitivity()), rng);
                    objective = flow.logDensity().mean().neg();
                } else {
                    flow = cnf.push(baseSample(config.batchSize(), config.baseVariance()), solver,
                            sensitivity(config.sensitivity()), rng);
                    objective = flow.logDensity().sub(target.logDensity(flow.points())).mean();
                }
                solution = flow.solution();
                origin = flow.timeOrigin();
                span = flow.timeSpan();
                penalty = regularisers(flow);
            }
            double loss = objective.item();
            if (!Double.isFinite(loss)) {
                throw TrainingFailure.nonFiniteLoss(iteration, loss, SETTINGS);
            }
            (penalty == null ? objective : objective.add(penalty)).backward();
            return solution == null ? new Iteration(loss, 0, 0, StepTrace.EMPTY)
                    : new Iteration(loss, solution.forwardStats().nfe(), solution.backwardStats().nfe(),
                            StepTrace.of(solution.forwardStats()).normalised(origin, span));
        } catch (OdeSolveException e) {
            throw TrainingFailure.inSolver(iteration, e, SETTINGS);
        }
    }

    /**
     * {@code -mean log p(x)} over the given points, with the training solver and no gradient: the NLL
     * of held-out data. The trace noise (Hutchinson) comes from a generator of its own, so that an
     * evaluation leaves the training's random stream as it was. NaN for the {@code kl} objective,
     * which has no likelihood of data to report.
     *
     * @throws OdeSolveException when the solve fails (too many steps, a step-size underflow)
     */
    @SuppressWarnings("try")
    double negativeLogLikelihood(PointSet points) {
        if (!"mle".equals(config.objective()) || points.size() == 0) {
            return Double.NaN;
        }
        try (GradMode off = GradMode.disabled()) {
            if (planar != null) {
                return -planar.dataLogDensity(points(points.toArray(), points.size()), planar.layerCount()).mean().item();
            }
            Odeint solver = Odeint.with(config.method()).tolerances(config.rtol(), config.atol())
                    .options(StepOptions.DEFAULT.withMaxSteps(config.maxSteps()));
            CnfModel.Flow flow = cnf.logDensityAt(1.0, points(points.toArray(), points.size()), solver,
                    new SplittableRandom(config.seed()));
            return -flow.logDensity().mean().item();
        }
    }

    private Tensor regularisers(CnfModel.Flow flow) {
        Tensor penalty = null;
        if (flow.kinetic() != null) {
            penalty = flow.kinetic().mean().mul(config.kineticWeight());
        }
        if (flow.jacobian() != null) {
            Tensor j = flow.jacobian().mean().mul(config.jacobianWeight());
            penalty = penalty == null ? j : penalty.add(j);
        }
        return penalty;
    }

    private Tensor dataBatch() {
        PointSet batch = customData != null && config.isCustomData()
                ? new PointSet("batch", customData.sampleBatch(config.batchSize(), rng))
                : ToyDataset.byId(config.dataset()).sample(config.batchSize(), config.noise(), rng);
        return points(batch.toArray(), config.batchSize());
    }

    private Tensor baseSample(int n, double variance) {
        double[] z = new double[2 * n];
        double sd = Math.sqrt(variance);
        for (int i = 0; i < z.length; i++) {
            z[i] = sd * rng.nextGaussian();
        }
        return Tensor.fromValues(z, dtype, n, 2);
    }

    private Tensor points(float[] xy, int n) {
        double[] v = new double[xy.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = xy[i];
        }
        return Tensor.fromValues(v, dtype, n, 2);
    }
}
