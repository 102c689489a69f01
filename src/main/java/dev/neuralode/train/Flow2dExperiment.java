package dev.neuralode.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.neuralode.data.PlaneTask;
import dev.neuralode.model.flow2d.PlaneModel;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.ode.Methods;

/**
 * Every setting of a classifier-of-the-plane run (Dupont, Doucet and Teh 2019, "Augmented Neural
 * ODEs"), immutable, with a JSON form that round-trips exactly. The same config gives the same run.
 *
 * @param dataset      {@code circles}, {@code moons}, {@code spirals}, {@code xor} ({@link PlaneTask}), or
 *                     {@code custom} for points given to the session (drawn ones)
 * @param points       points generated, train and test together (ignored for custom data)
 * @param noise        standard deviation of the noise added to each coordinate (ignored for custom data)
 * @param testFraction fraction of the points held out as the test set
 * @param model        {@code node}, {@code anode} or {@code resnet} ({@link PlaneModel})
 * @param augment      extra dimensions p of the augmented model (ignored by the others)
 * @param width        hidden units of each MLP
 * @param method       the ODE solver (ignored by the ResNet)
 * @param rtol         its relative tolerance
 * @param atol         its absolute tolerance
 * @param step         its step for fixed-step methods such as rk4
 * @param adjoint      gradients by the adjoint method instead of backpropagation through the solver
 * @param iterations   Adam steps of the run
 * @param batchSize    training points per step
 * @param learningRate Adam's learning rate
 * @param seed         seeds the data, the split, the weights and the batch order
 */
public record Flow2dExperiment(String dataset, int points, double noise, double testFraction, String model, int augment,
                               int width, String method, double rtol, double atol, double step, boolean adjoint,
                               int iterations, int batchSize, double learningRate, long seed) {

    /** The dataset name of points given to the session rather than generated. */
    public static final String CUSTOM = "custom";

    public Flow2dExperiment {
        require(noise >= 0 && noise <= 10, "noise", noise, "between 0 and 10, such as 0.02");
        require(testFraction > 0 && testFraction < 1, "testFraction", testFraction, "in (0, 1), such as 0.2");
        if (!CUSTOM.equals(dataset)) {
            require(dataset != null && isTask(dataset), "dataset", dataset, "circles, moons, spirals, xor or custom");
            require(points >= 10 && points <= 1_000_000, "points", points, "between 10 and 1000000, such as 1000");
            long held = Math.round(testFraction * points);
            require(held >= 1 && held < points, "testFraction", testFraction, "large enough to hold out a point of the "
                    + points + " and leave one to train on, such as 0.2");
        }
        require(model != null && isModel(model), "model", model, "node, anode or resnet");
        require(augment >= 1 && augment <= 64, "augment", augment, "between 1 and 64, such as 2");
        require(width >= 1 && width <= 4096, "width", width, "between 1 and 4096, such as 32");
        require(Methods.names().contains(method), "method", method, "one of " + String.join(", ", Methods.names()));
        require(rtol > 0 && rtol < 1, "rtol", rtol, "in (0, 1), such as 1e-3");
        require(atol > 0 && atol < 1, "atol", atol, "in (0, 1), such as 1e-3");
        require(step > 0 && step <= 1, "step", step, "in (0, 1], such as 0.25");
        require(iterations >= 1, "iterations", iterations, "at least 1, such as 500");
        require(batchSize >= 1 && batchSize <= 100_000, "batchSize", batchSize, "between 1 and 100000, such as 128");
        require(learningRate > 0 && learningRate < 10, "learningRate", learningRate, "in (0, 10), such as 0.01");
    }

    /**
     * Circles of 1000 points (noise 0.02, 20% held out), the plain Neural ODE of width 32, dopri5 at
     * 1e-3, 500 Adam steps of 128 points at 0.003. At 0.01 the plain flow on circles collapsed after
     * about 1,000 steps (every point carried to one, loss log 2, accuracy 50%) and never recovered.
     */
    public static Flow2dExperiment defaults() {
        return new Flow2dExperiment("circles", 1000, 0.02, 0.2, "node", 2, 32, "dopri5", 1e-3, 1e-3, 0.25, false, 500, 128,
                0.003, 0);
    }

    private static void require(boolean ok, String property, Object value, String requirement) {
        if (!ok) {
            throw new InvalidSettingException(property, value, requirement);
        }
    }

    private static boolean isTask(String id) {
        try {
            PlaneTask.byId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isModel(String id) {
        try {
            PlaneModel.byId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @JsonIgnore
    public boolean isCustomData() {
        return CUSTOM.equals(dataset);
    }

    @JsonIgnore
    public PlaneModel planeModel() {
        return PlaneModel.byId(model);
    }

    @JsonIgnore
    public BlockSolver blockSolver() {
        return new BlockSolver(method, rtol, atol, step, adjoint);
    }

    /** Whether going from this config to {@code next} needs a new model and data (anything but the solver, the learning rate and the length of the run). */
    public boolean needsNewModel(Flow2dExperiment next) {
        return !dataset.equals(next.dataset) || points != next.points || noise != next.noise
                || testFraction != next.testFraction || !model.equals(next.model) || augment != next.augment
                || width != next.width || batchSize != next.batchSize || seed != next.seed;
    }

    public Flow2dExperiment withData(String newDataset, int newPoints, double newNoise) {
        return new Flow2dExperiment(newDataset, newPoints, newNoise, testFraction, model, augment, width, method, rtol, atol,
                step, adjoint, iterations, batchSize, learningRate, seed);
    }

    public Flow2dExperiment withModel(String newModel, int newAugment, int newWidth) {
        return new Flow2dExperiment(dataset, points, noise, testFraction, newModel, newAugment, newWidth, method, rtol, atol,
                step, adjoint, iterations, batchSize, learningRate, seed);
    }

    public Flow2dExperiment withSolver(String newMethod, double newRtol, double newAtol, boolean newAdjoint) {
        return new Flow2dExperiment(dataset, points, noise, testFraction, model, augment, width, newMethod, newRtol, newAtol,
                step, newAdjoint, iterations, batchSize, learningRate, seed);
    }

    public Flow2dExperiment withTraining(int newIterations, int newBatchSize, double newLearningRate) {
        return new Flow2dExperiment(dataset, points, noise, testFraction, model, augment, width, method, rtol, atol, step,
                adjoint, newIterations, newBatchSize, newLearningRate, seed);
    }

    public Flow2dExperiment withSeed(long newSeed) {
        return new Flow2dExperiment(dataset, points, noise, testFraction, model, augment, width, method, rtol, atol, step,
                adjoint, iterations, batchSize, learningRate, newSeed);
    }

    public String toJson() {
        return ConfigJson.write(this);
    }

    /** @throws IllegalArgumentException naming the property that is unknown, missing or out of range */
    public static Flow2dExperiment fromJson(String json) {
        return ConfigJson.read(json, Flow2dExperiment.class);
    }
}
