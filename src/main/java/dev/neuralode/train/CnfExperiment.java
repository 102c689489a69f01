package dev.neuralode.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.data.ToyDataset;
import dev.neuralode.ode.Methods;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of a 2D density experiment, immutable, with a JSON form that round-trips exactly.
 * The same config and seed give the same run.
 *
 * @param dataset      a toy dataset id ({@link ToyDataset}), or {@code custom} for drawn or imported points
 * @param objective    {@code mle} (maximum likelihood on samples) or {@code kl} (density matching against
 *                     {@code target}, the paper's Figure 4)
 * @param target       the analytic density for {@code kl} ({@link AnalyticDensity} id), else null
 * @param model        {@code hyper} (the paper's hypernetwork CNF), {@code mlp} (FFJORD's ConcatSquash
 *                     MLP) or {@code planar} (the planar flow baseline: for {@code kl} it maps base to data;
 *                     for {@code mle} data to base, where its density is closed-form, and then it draws no samples)
 * @param width        hypernetwork width (hidden units of the dynamics)
 * @param hidden       hypernetwork hidden size
 * @param hiddenDims   FFJORD MLP hidden layer sizes
 * @param activation   FFJORD MLP nonlinearity, {@code tanh} or {@code softplus}
 * @param endTime      the span between base and data in model time (cnf.py: 10, FFJORD toy: 0.5)
 * @param learnEndTime whether the span is learnt (FFJORD)
 * @param planarLayers K, the number of planar layers
 * @param baseVariance variance of the Gaussian base density
 * @param trace        {@code exact}, {@code hutchinson-gaussian} or {@code hutchinson-rademacher}
 * @param kineticWeight  weight of the kinetic-energy regulariser (0 = off)
 * @param jacobianWeight weight of the Jacobian Frobenius regulariser (0 = off)
 * @param method       the ODE method's torchdiffeq name
 * @param rtol         relative tolerance
 * @param atol         absolute tolerance
 * @param maxSteps     the most steps one solve may attempt before the iteration fails
 * @param sensitivity  {@code direct}, {@code adjoint}, {@code adjoint-seminorm} or {@code checkpointed}
 * @param learningRate the optimizer's learning rate
 * @param batchSize    points per iteration
 * @param seed         seeds the weights, the batches and the trace noise
 * @param dtype        {@code float32} or {@code float64}
 * @param noise        the preset dataset's noise multiplied by this (1 = the dataset as defined, 0 = its
 *                     noise-free shape; {@link ToyDataset#sample(int, double, java.util.random.RandomGenerator)})
 * @param dataSeed     seeds the data: the sample of a preset shown and held out, the split of drawn
 *                     points into training and held-out points, and with {@code seed} the batches drawn
 *                     each iteration (0 gives the batches of configs saved before this field existed)
 * @param optimizer    {@code adam} or {@code rmsprop} (PyTorch's defaults; the paper's planar flows use
 *                     RMSprop, section 4.1); configs saved before this field existed read as {@code adam}
 */
public record CnfExperiment(String dataset, String objective, String target, String model, int width, int hidden,
                            List<Integer> hiddenDims, String activation, double endTime, boolean learnEndTime,
                            int planarLayers, double baseVariance, String trace, double kineticWeight,
                            double jacobianWeight, String method, double rtol, double atol, int maxSteps, String sensitivity,
                            double learningRate, int batchSize, long seed, String dtype, double noise, long dataSeed,
                            String optimizer) {

    private static final Set<String> TRACES = Set.of("exact", "hutchinson-gaussian", "hutchinson-rademacher");
    private static final Set<String> SENSITIVITIES = Set.of("direct", "adjoint", "adjoint-seminorm", "checkpointed");
    /** The largest noise scale: beyond it every preset is a blur. */
    public static final double MAX_NOISE = 5;
    /** Values of the fields added after configs were first saved, for files that do not have them. */
    private static final Map<String, Object> ADDED_FIELDS = Map.of("noise", 1.0, "dataSeed", 0L, "optimizer", "adam");

    public CnfExperiment {
        hiddenDims = List.copyOf(hiddenDims);
        validate(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime, planarLayers,
                baseVariance, trace, kineticWeight, jacobianWeight, method, rtol, atol, sensitivity, learningRate,
                batchSize, dtype);
        require(maxSteps >= 1, "maxSteps", maxSteps, "at least 1, such as 10000");
        require(noise >= 0 && noise <= MAX_NOISE, "noise", noise, "between 0 and " + (int) MAX_NOISE
                + " (1 is the dataset's own noise)");
        require("adam".equals(optimizer) || "rmsprop".equals(optimizer), "optimizer", optimizer,
                "adam or rmsprop (the paper trains its planar flows with RMSprop)");
    }

    /** The paper's hypernetwork CNF on two moons with torchdiffeq's cnf.py settings. */
    public static CnfExperiment defaults() {
        return new CnfExperiment("moons", "mle", null, "hyper", 64, 32, List.of(64, 64, 64), "tanh", 10.0, false, 32, 0.1,
                "exact", 0, 0, "dopri5", 1e-5, 1e-5, 10_000, "adjoint", 1e-3, 512, 0, "float32", 1.0, 0, "adam");
    }

    private static void validate(String dataset, String objective, String target, String model, int width, int hidden,
            List<Integer> hiddenDims, String activation, double endTime, int planarLayers, double baseVariance, String trace,
            double kineticWeight, double jacobianWeight, String method, double rtol, double atol, String sensitivity,
            double learningRate, int batchSize, String dtype) {
        require(dataset != null && (dataset.equals("custom") || isToy(dataset)), "dataset", dataset,
                "a toy dataset such as moons, circles, 8gaussians, two-moons, or custom");
        require("mle".equals(objective) || "kl".equals(objective), "objective", objective, "mle or kl");
        if ("kl".equals(objective)) {
            require(target != null && isAnalytic(target), "target", target, "target (the bullseye), two-moons or two-circles");
        }
        require(List.of("hyper", "mlp", "planar").contains(model), "model", model, "hyper, mlp or planar");
        require(width >= 1 && width <= 4096, "width", width, "between 1 and 4096");
        require(hidden >= 1 && hidden <= 4096, "hidden", hidden, "between 1 and 4096");
        require(!hiddenDims.isEmpty() && hiddenDims.stream().allMatch(h -> h != null && h >= 1 && h <= 4096), "hiddenDims",
                hiddenDims, "one or more sizes between 1 and 4096, such as 64,64,64");
        require("tanh".equals(activation) || "softplus".equals(activation), "activation", activation, "tanh or softplus");
        require(endTime > 0 && Double.isFinite(endTime), "endTime", endTime, "positive, such as 10 (cnf.py) or 0.5 (FFJORD)");
        require(planarLayers >= 1 && planarLayers <= 1024, "planarLayers", planarLayers, "between 1 and 1024");
        require(baseVariance > 0 && Double.isFinite(baseVariance), "baseVariance", baseVariance, "positive, such as 1 or 0.1");
        require(TRACES.contains(trace), "trace", trace, String.join(", ", TRACES));
        require(kineticWeight >= 0 && Double.isFinite(kineticWeight), "kineticWeight", kineticWeight, "0 or positive");
        require(jacobianWeight >= 0 && Double.isFinite(jacobianWeight), "jacobianWeight", jacobianWeight, "0 or positive");
        require(Methods.names().contains(method), "method", method, String.join(", ", Methods.names()));
        require(rtol > 0 && rtol < 1, "rtol", rtol, "in (0, 1), such as 1e-5");
        require(atol > 0 && atol < 1, "atol", atol, "in (0, 1), such as 1e-5");
        require(SENSITIVITIES.contains(sensitivity), "sensitivity", sensitivity, String.join(", ", SENSITIVITIES));
        require(learningRate > 0 && learningRate < 10, "learningRate", learningRate, "in (0, 10), such as 1e-3");
        require(batchSize >= 1 && batchSize <= 100_000, "batchSize", batchSize, "between 1 and 100000");
        require("float32".equals(dtype) || "float64".equals(dtype), "dtype", dtype, "float32 or float64");
        double floor = smallestRtol(dtype);
        require(rtol >= floor, "rtol", rtol, "at least " + floor + " in " + dtype + ": its rounding error is about "
                + ("float32".equals(dtype) ? "1.2e-7" : "2.2e-16") + " of each value, so a smaller relative error cannot"
                + " be met and the solve would shrink its steps until it fails");
    }

    /**
     * The smallest relative tolerance a solve in {@code dtype} can meet: about the unit roundoff, below
     * which the error estimate is rounding noise (float32 2^-23 = 1.2e-7, float64 2^-52 = 2.2e-16).
     */
    public static double smallestRtol(String dtype) {
        return "float32".equals(dtype) ? 1e-7 : 1e-15;
    }

    private static boolean isToy(String id) {
        try {
            ToyDataset.byId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAnalytic(String id) {
        try {
            AnalyticDensity.byId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(boolean ok, String field, Object value, String fix) {
        if (!ok) {
            throw new InvalidSettingException(field, value, fix);
        }
    }

    /** The config as indented JSON. */
    public String toJson() {
        return ConfigJson.write(this);
    }

    /**
     * Reads a config from JSON.
     *
     * @throws IllegalArgumentException naming the property when the JSON is malformed, has an unknown
     *                                  or missing property, or a value out of range
     */
    public static CnfExperiment fromJson(String json) {
        return ConfigJson.read(json, CnfExperiment.class, ADDED_FIELDS);
    }

    /** Whether moving from this config to {@code other} needs a new model (and so a reset). */
    public boolean needsNewModel(CnfExperiment other) {
        return !model.equals(other.model) || width != other.width || hidden != other.hidden
                || !hiddenDims.equals(other.hiddenDims) || !activation.equals(other.activation)
                || endTime != other.endTime || learnEndTime != other.learnEndTime || planarLayers != other.planarLayers
                || baseVariance != other.baseVariance || !dtype.equals(other.dtype) || seed != other.seed
                || !objective.equals(other.objective) || !java.util.Objects.equals(target, other.target)
                || !dataset.equals(other.dataset) || noise != other.noise || dataSeed != other.dataSeed
                || !optimizer.equals(other.optimizer);
    }

    @JsonIgnore
    public boolean isCustomData() {
        return "custom".equals(dataset);
    }

    public CnfExperiment withTolerances(double newRtol, double newAtol) {
        return new CnfExperiment(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime,
                learnEndTime, planarLayers, baseVariance, trace, kineticWeight, jacobianWeight, method, newRtol, newAtol,
                maxSteps, sensitivity, learningRate, batchSize, seed, dtype, noise, dataSeed, optimizer);
    }

    public CnfExperiment withMaxSteps(int newMaxSteps) {
        return new CnfExperiment(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime,
                learnEndTime, planarLayers, baseVariance, trace, kineticWeight, jacobianWeight, method, rtol, atol,
                newMaxSteps, sensitivity, learningRate, batchSize, seed, dtype, noise, dataSeed, optimizer);
    }

    public CnfExperiment withSolver(String newMethod, String newSensitivity) {
        return new CnfExperiment(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime,
                learnEndTime, planarLayers, baseVariance, trace, kineticWeight, jacobianWeight, newMethod, rtol, atol,
                maxSteps, newSensitivity, learningRate, batchSize, seed, dtype, noise, dataSeed, optimizer);
    }

    public CnfExperiment withTraining(double newLearningRate, int newBatchSize, String newTrace, double newKinetic,
            double newJacobian) {
        return new CnfExperiment(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime,
                learnEndTime, planarLayers, baseVariance, newTrace, newKinetic, newJacobian, method, rtol, atol,
                maxSteps, sensitivity, newLearningRate, newBatchSize, seed, dtype, noise, dataSeed, optimizer);
    }

    /** The same experiment trained by another optimizer ({@code adam} or {@code rmsprop}) at another learning rate. */
    public CnfExperiment withOptimizer(String newOptimizer, double newLearningRate) {
        return new CnfExperiment(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime,
                learnEndTime, planarLayers, baseVariance, trace, kineticWeight, jacobianWeight, method, rtol, atol,
                maxSteps, sensitivity, newLearningRate, batchSize, seed, dtype, noise, dataSeed, newOptimizer);
    }

    public CnfExperiment withData(String newDataset, String newObjective, String newTarget) {
        return new CnfExperiment(newDataset, newObjective, newTarget, model, width, hidden, hiddenDims, activation,
                endTime, learnEndTime, planarLayers, baseVariance, trace, kineticWeight, jacobianWeight, method, rtol, atol,
                maxSteps, sensitivity, learningRate, batchSize, seed, dtype, noise, dataSeed, optimizer);
    }

    /** The same experiment on data drawn with another noise scale and data seed. */
    public CnfExperiment withSampling(double newNoise, long newDataSeed) {
        return new CnfExperiment(dataset, objective, target, model, width, hidden, hiddenDims, activation, endTime,
                learnEndTime, planarLayers, baseVariance, trace, kineticWeight, jacobianWeight, method, rtol, atol,
                maxSteps, sensitivity, learningRate, batchSize, seed, dtype, newNoise, newDataSeed, optimizer);
    }

    public CnfExperiment withModel(String newModel, int newWidth, int newHidden, List<Integer> newHiddenDims,
            String newActivation, double newEndTime, boolean newLearnEndTime, int newPlanarLayers, double newBaseVariance,
            long newSeed, String newDtype) {
        return new CnfExperiment(dataset, objective, target, newModel, newWidth, newHidden, newHiddenDims, newActivation,
                newEndTime, newLearnEndTime, newPlanarLayers, newBaseVariance, trace, kineticWeight, jacobianWeight, method,
                rtol, atol, maxSteps, sensitivity, learningRate, batchSize, newSeed, newDtype, noise, dataSeed, optimizer);
    }
}
