package dev.neuralode.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.nn.MultiStepSchedule;
import java.util.List;

/**
 * Every setting of an MNIST classifier run (the paper's Table 1, torchdiffeq's {@code odenet_mnist.py}
 * recipe by default), immutable, with a JSON form that round-trips exactly.
 *
 * @param model        {@code odenet}, {@code resnet}, {@code rknet} or {@code stem}
 * @param method       the ODE block's solver (ignored without an ODE block)
 * @param rtol         its relative tolerance
 * @param atol         its absolute tolerance
 * @param step         its step for fixed-step methods
 * @param adjoint      gradients by the adjoint method instead of backpropagation through the solver
 * @param epochs       passes over the training images
 * @param batchSize    images per iteration
 * @param learningRate SGD's initial rate
 * @param momentum     SGD's momentum
 * @param milestones   epochs at which the rate is multiplied by 0.1
 * @param validation   training images held out for model selection
 * @param trainImages  training images used, 0 for all that are not held out (smaller for quick runs)
 * @param augment      random crops of the image padded by 4
 * @param seed         seeds the weights, the split, the order and the crops
 */
public record MnistExperiment(String model, String method, double rtol, double atol, double step, boolean adjoint,
                              int epochs, int batchSize, double learningRate, double momentum, List<Integer> milestones,
                              int validation, int trainImages, boolean augment, long seed) {

    public MnistExperiment {
        Architecture.byId(model);
        milestones = List.copyOf(milestones);
        solver(method, rtol, atol, step, adjoint);
        require(epochs >= 1, "epochs", epochs, "at least 1");
        require(batchSize >= 1 && batchSize <= 4096, "batch size", batchSize, "between 1 and 4096, such as 128");
        require(learningRate > 0 && learningRate < 10, "learning rate", learningRate, "in (0, 10), such as 0.1");
        require(momentum >= 0 && momentum < 1, "momentum", momentum, "in [0, 1), such as 0.9");
        require(validation >= 0 && validation < 60_000, "validation", validation, "between 0 and 59,999, such as 5000");
        require(trainImages >= 0, "train images", trainImages, "0 (all) or positive");
        new MultiStepSchedule(learningRate, milestones.stream().map(Integer::longValue).toList(), 0.1);
    }

    private static BlockSolver solver(String method, double rtol, double atol, double step, boolean adjoint) {
        return new BlockSolver(method, rtol, atol, step, adjoint);
    }

    private static void require(boolean ok, String name, Object value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(name + " must be " + range + ", was " + value);
        }
    }

    /** The paper's recipe for a model: SGD 0.1 with momentum 0.9, batch 128, 160 epochs, decays at 60, 100 and 140. */
    public static MnistExperiment recipe(Architecture model) {
        BlockSolver s = model == Architecture.RKNET ? BlockSolver.rkNet() : BlockSolver.odeNet();
        return new MnistExperiment(model.id(), s.method(), s.rtol(), s.atol(), s.step(), s.adjoint(), 160, 128, 0.1, 0.9,
                List.of(60, 100, 140), 5_000, 0, true, 0);
    }

    @JsonIgnore
    public Architecture architecture() {
        return Architecture.byId(model);
    }

    @JsonIgnore
    public BlockSolver blockSolver() {
        return solver(method, rtol, atol, step, adjoint);
    }

    @JsonIgnore
    public MultiStepSchedule schedule() {
        return new MultiStepSchedule(learningRate, milestones.stream().map(Integer::longValue).toList(), 0.1);
    }

    @JsonIgnore
    public DType dtype() {
        return DType.FLOAT32;
    }

    public MnistExperiment withSolver(String newMethod, double newRtol, double newAtol, boolean newAdjoint) {
        return new MnistExperiment(model, newMethod, newRtol, newAtol, step, newAdjoint, epochs, batchSize, learningRate,
                momentum, milestones, validation, trainImages, augment, seed);
    }

    public MnistExperiment withSchedule(int newEpochs, List<Integer> newMilestones) {
        return new MnistExperiment(model, method, rtol, atol, step, adjoint, newEpochs, batchSize, learningRate, momentum,
                newMilestones, validation, trainImages, augment, seed);
    }

    /** The same recipe over {@code newEpochs}: the decays at 60, 100 and 140 of 160 epochs land at the same fractions. */
    public MnistExperiment withEpochs(int newEpochs) {
        List<Integer> scaled = milestones.stream().map(m -> (int) Math.round(m * (double) newEpochs / epochs))
                .filter(m -> m >= 1 && m < newEpochs).distinct().toList();
        return withSchedule(newEpochs, scaled);
    }

    public MnistExperiment withData(int newTrainImages, int newBatchSize, boolean newAugment) {
        return new MnistExperiment(model, method, rtol, atol, step, adjoint, epochs, newBatchSize, learningRate, momentum,
                milestones, validation, newTrainImages, newAugment, seed);
    }

    public MnistExperiment withLearningRate(double newLearningRate) {
        return new MnistExperiment(model, method, rtol, atol, step, adjoint, epochs, batchSize, newLearningRate, momentum,
                milestones, validation, trainImages, augment, seed);
    }

    public String toJson() {
        return ConfigJson.write(this);
    }

    /** @throws IllegalArgumentException naming the property that is unknown, missing or out of range */
    public static MnistExperiment fromJson(String json) {
        return ConfigJson.read(json, MnistExperiment.class);
    }
}
