package dev.neuralode.ui.classifier;

import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.ode.Methods;
import dev.neuralode.train.MnistExperiment;

/**
 * What the Classifier tab's sidebar sets: the model, how its ODE block is solved, and whether to
 * train on a small subset. The experiment is the paper's recipe for the model with these choices; the
 * small subset (the first {@value #SUBSET_IMAGES} training images, batches of {@value #SUBSET_BATCH},
 * no augmentation) learns visibly within a minute on a CPU, where the full recipe needs hours.
 *
 * @param rtol both tolerances of an adaptive method (atol = rtol, as torchdiffeq's MNIST example)
 */
public record ClassifierSettings(Architecture model, String method, double rtol, boolean adjoint, boolean smallSubset) {

    static final int SUBSET_IMAGES = 2_000;
    static final int SUBSET_BATCH = 32;
    /** The recipe's 0.1 for batches of 128, halved for batches of 32: it learns fast without diverging. */
    static final double SUBSET_LEARNING_RATE = 0.05;

    /** ODE-Net with dopri5 at 1e-3, backpropagation through the solver, on the small subset. */
    static final ClassifierSettings DEFAULT = new ClassifierSettings(Architecture.ODENET, "dopri5", 1e-3, false, true);

    public ClassifierSettings {
        Methods.byName(method);
    }

    /** The settings of an experiment (a checkpoint's); any subset of the training images counts as the small subset. */
    static ClassifierSettings of(MnistExperiment e) {
        return new ClassifierSettings(e.architecture(), e.method(), e.rtol(), e.adjoint(), e.trainImages() > 0);
    }

    /** The same settings with another model, and that model's own solver (RK-Net: four RK4 steps). */
    ClassifierSettings withModel(Architecture m) {
        BlockSolver s = m == Architecture.RKNET ? BlockSolver.rkNet() : BlockSolver.odeNet();
        String newMethod = m == model ? method : s.method();
        return new ClassifierSettings(m, newMethod, rtol, adjoint, smallSubset);
    }

    ClassifierSettings withMethod(String m) {
        return new ClassifierSettings(model, m, rtol, adjoint, smallSubset);
    }

    ClassifierSettings withTolerance(double tol) {
        return new ClassifierSettings(model, method, tol, adjoint, smallSubset);
    }

    ClassifierSettings withAdjoint(boolean on) {
        return new ClassifierSettings(model, method, rtol, on, smallSubset);
    }

    ClassifierSettings withSmallSubset(boolean on) {
        return new ClassifierSettings(model, method, rtol, adjoint, on);
    }

    /** Whether the model has an ODE block, so that method, tolerance and sensitivity mean something. */
    boolean hasOde() {
        return model.hasOde();
    }

    /** Whether the method adapts its steps to the tolerance. */
    boolean adaptive() {
        return Methods.byName(method).hasErrorEstimate();
    }

    BlockSolver solver() {
        return new BlockSolver(method, rtol, rtol, BlockSolver.rkNet().step(), adjoint);
    }

    MnistExperiment experiment() {
        MnistExperiment recipe = MnistExperiment.recipe(model).withSolver(method, rtol, rtol, adjoint);
        return smallSubset ? recipe.withData(SUBSET_IMAGES, SUBSET_BATCH, false).withLearningRate(SUBSET_LEARNING_RATE)
                : recipe;
    }

    /** Whether going from {@code before} to these settings needs a new model (the solver alone can change live). */
    boolean needsNewModel(ClassifierSettings before) {
        return model != before.model || smallSubset != before.smallSubset;
    }
}
