package dev.neuralode.cli;

import dev.neuralode.data.Mnist;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train mnist}: trains one of the Table 1 classifiers with torchdiffeq's recipe and writes
 * {@code config.json}, {@code metrics.csv} (every iteration, flushed, so a crash loses nothing),
 * {@code checkpoint.ckpt} (atomically, every epoch) and {@code best.ckpt}, the checkpoint with the
 * lowest validation error so far: model selection never looks at the test set.
 */
@Command(name = "mnist", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train an MNIST classifier of the paper's Table 1 (ODE-Net, ResNet, RK-Net or the stem alone).")
final class TrainMnistCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Mixin
    private MnistData data;

    @Option(names = "--model", defaultValue = "odenet", description = "odenet, resnet, rknet or stem (default: ${DEFAULT-VALUE})")
    private String model;

    @Option(names = "--epochs", defaultValue = "160", description = "epochs (default: ${DEFAULT-VALUE}, the paper's recipe)")
    private int epochs;

    @Option(names = "--out", defaultValue = "mnist-run", description = "output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--adjoint", description = "gradients by the adjoint method instead of backpropagation through the solver")
    private boolean adjoint;

    @Option(names = "--method", description = "the ODE block's solver, such as dopri5, implicit_adams or rk4 (default: dopri5; rk4 for rknet)")
    private String method;

    @Option(names = "--rtol", description = "the solver's relative tolerance (default: 1e-3)")
    private Double rtol;

    @Option(names = "--atol", description = "the solver's absolute tolerance (default: 1e-3)")
    private Double atol;

    @Option(names = "--batch", defaultValue = "128", description = "images per iteration (default: ${DEFAULT-VALUE})")
    private int batch;

    @Option(names = "--lr", description = "initial learning rate (default: 0.1 x batch / 128, torchdiffeq's rule)")
    private Double learningRate;

    @Option(names = "--train-images", defaultValue = "0", description = "training images to use, 0 for all 55,000 (default: ${DEFAULT-VALUE})")
    private int trainImages;

    @Option(names = "--resume", description = "continue from a checkpoint.ckpt (ignores the model options)")
    private Path resume;

    @Option(names = "--overwrite", description = "replace a run already in --out (without it, such a run is refused)")
    private boolean overwrite;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (RunDirectory run = RunDirectory.claim(out, resume != null, overwrite, RunFiles.FILES)) {
            return train();
        }
    }

    private int train() throws Exception {
        engine.startEngine();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Mnist mnist = data.load();
        MnistSession session = resume != null ? MnistSession.resume(resume, mnist.train()) : new MnistSession(config(), mnist.train());
        if (MnistTraining.run(session, out, resume != null ? session.iteration() : -1, 0, stdout, err).failed()) {
            return 1;
        }
        stdout.printf("done; the model with the lowest validation error is %s (eval mnist --checkpoint it for the test error)%n",
                out.resolve("best.ckpt"));
        return 0;
    }

    private MnistExperiment config() {
        Architecture a = Architecture.byId(model);
        MnistExperiment base = MnistExperiment.recipe(a);
        MnistExperiment c = base.withSolver(method != null ? method : base.method(), rtol != null ? rtol : base.rtol(),
                atol != null ? atol : base.atol(), adjoint).withData(trainImages, batch, true)
                .withLearningRate(learningRate != null ? learningRate : 0.1 * batch / 128.0);
        return epochs == c.epochs() ? c : c.withEpochs(epochs);
    }
}
