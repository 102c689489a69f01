package dev.neuralode.cli;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.InvalidSettingException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The experiment settings as command-line options; unset ones keep {@link CnfExperiment#defaults()}. */
final class CnfOptions {

    @Option(names = "--dataset", description = "toy dataset (moons, circles, rings, 8gaussians, pinwheel, 2spirals, checkerboard,"
            + " swissroll, two-moons, two-circles, target (the bullseye)) or custom with --data")
    String dataset;

    @Option(names = "--objective", description = "mle (fit samples) or kl (match --target's density)")
    String objective;

    @Option(names = "--target", description = "analytic density for kl: target (the bullseye), two-moons, two-circles")
    String target;

    @Option(names = "--model", description = "hyper (the paper's hypernetwork CNF), mlp (FFJORD), planar (NF baseline, kl only)")
    String model;

    @Option(names = "--width", description = "hypernetwork width (default 64)")
    Integer width;

    @Option(names = "--hidden", description = "hypernetwork hidden size (default 32)")
    Integer hidden;

    @Option(names = "--hidden-dims", split = ",", description = "FFJORD MLP hidden sizes (default 64,64,64)")
    List<Integer> hiddenDims;

    @Option(names = "--activation", description = "FFJORD MLP nonlinearity: tanh or softplus")
    String activation;

    @Option(names = {"--t1", "--end-time"}, description = "span between base and data in model time (default 10; FFJORD uses 0.5)")
    Double endTime;

    @Option(names = "--learn-end-time", description = "learn the span (FFJORD's sqrt_end_time)")
    Boolean learnEndTime;

    @Option(names = "--planar-layers", description = "layers of the planar flow (default 32)")
    Integer planarLayers;

    @Option(names = "--base-variance", description = "variance of the Gaussian base (default 0.1, as cnf.py)")
    Double baseVariance;

    @Option(names = "--trace", description = "exact, hutchinson-gaussian or hutchinson-rademacher")
    String trace;

    @Option(names = "--kinetic", description = "weight of the kinetic-energy regulariser (default 0)")
    Double kinetic;

    @Option(names = "--jacobian", description = "weight of the Jacobian Frobenius regulariser (default 0)")
    Double jacobian;

    @Option(names = "--method", description = "ODE method (default dopri5)")
    String method;

    @Option(names = "--rtol", description = "relative tolerance (default 1e-5)")
    Double rtol;

    @Option(names = "--atol", description = "absolute tolerance (default 1e-5)")
    Double atol;

    @Option(names = "--max-steps", description = "steps one solve may attempt before the iteration fails (default 10000)")
    Integer maxSteps;

    @Option(names = "--sensitivity", description = "direct, adjoint, adjoint-seminorm or checkpointed (default adjoint)")
    String sensitivity;

    @Option(names = "--lr", description = "the optimizer's learning rate (default 1e-3)")
    Double learningRate;

    @Option(names = "--optimizer", description = "adam or rmsprop (default adam; the paper trains planar flows with rmsprop)")
    String optimizer;

    @Option(names = "--batch", description = "points per iteration (default 512)")
    Integer batch;

    @Option(names = "--seed", description = "seed of weights, batches and noise (default 0)")
    Long seed;

    @Option(names = "--dtype", description = "float32 or float64 (default float32)")
    String dtype;

    @Option(names = "--noise", description = "the dataset's noise multiplied by this: 0 (noise-free) to 5 (default 1)")
    Double noise;

    @Option(names = "--data-seed", description = "seed of the data: the held-out sample and the batches with --seed (default 0)")
    Long dataSeed;

    /** The given base config with every option that was set applied. */
    /** The command-line flag of each config property, for messages. */
    private static final Map<String, String> FLAGS = Map.ofEntries(Map.entry("dataset", "--dataset"),
            Map.entry("objective", "--objective"), Map.entry("target", "--target"), Map.entry("model", "--model"),
            Map.entry("width", "--width"), Map.entry("hidden", "--hidden"), Map.entry("hiddenDims", "--hidden-dims"),
            Map.entry("activation", "--activation"), Map.entry("endTime", "--t1"), Map.entry("planarLayers", "--planar-layers"),
            Map.entry("baseVariance", "--base-variance"), Map.entry("trace", "--trace"), Map.entry("kineticWeight", "--kinetic"),
            Map.entry("jacobianWeight", "--jacobian"), Map.entry("method", "--method"), Map.entry("rtol", "--rtol"),
            Map.entry("atol", "--atol"), Map.entry("maxSteps", "--max-steps"), Map.entry("sensitivity", "--sensitivity"),
            Map.entry("learningRate", "--lr"), Map.entry("batchSize", "--batch"), Map.entry("dtype", "--dtype"),
            Map.entry("noise", "--noise"), Map.entry("optimizer", "--optimizer"));

    /** The base config with every option that was given; a bad value is reported under its flag. */
    CnfExperiment apply(CnfExperiment b) {
        try {
            return build(b);
        } catch (InvalidSettingException e) {
            throw new IllegalArgumentException(e.messageFor(FLAGS.getOrDefault(e.property(), e.property())), e);
        }
    }

    private CnfExperiment build(CnfExperiment b) {
        return new CnfExperiment(or(dataset, b.dataset()), or(objective, b.objective()), or(target, b.target()),
                or(model, b.model()), or(width, b.width()), or(hidden, b.hidden()), or(hiddenDims, b.hiddenDims()),
                or(activation, b.activation()), or(endTime, b.endTime()), or(learnEndTime, b.learnEndTime()),
                or(planarLayers, b.planarLayers()), or(baseVariance, b.baseVariance()), or(trace, b.trace()),
                or(kinetic, b.kineticWeight()), or(jacobian, b.jacobianWeight()), or(method, b.method()), or(rtol, b.rtol()),
                or(atol, b.atol()), or(maxSteps, b.maxSteps()), or(sensitivity, b.sensitivity()), or(learningRate, b.learningRate()),
                or(batch, b.batchSize()), or(seed, b.seed()), or(dtype, b.dtype()), or(noise, b.noise()),
                or(dataSeed, b.dataSeed()), or(optimizer, b.optimizer()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
