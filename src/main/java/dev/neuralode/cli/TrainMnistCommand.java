package dev.neuralode.cli;

import dev.neuralode.data.Mnist;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import dev.neuralode.train.TrainingSnapshot;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        engine.startEngine();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Mnist mnist = data.load();
        MnistSession session = resume != null ? MnistSession.resume(resume, mnist.train()) : new MnistSession(config(), mnist.train());
        MnistExperiment exp = session.config();
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("config.json"), exp.toJson());
        long total = (long) exp.epochs() * session.iterationsPerEpoch();
        stdout.printf(Locale.ROOT, "training %s (%,d parameters), %d epochs of %d iterations at batch %d, writing to %s%n",
                exp.architecture().title(), session.model().parameterCount(), exp.epochs(), session.iterationsPerEpoch(),
                exp.batchSize(), out.toAbsolutePath());
        double best = Double.POSITIVE_INFINITY;
        try (RunFiles files = RunFiles.open(out, resume != null, "iteration,epoch,loss,nfe_f,nfe_b,seconds,learning_rate")) {
            for (long i = session.iteration() + 1; i <= total; i++) {
                TrainingSnapshot s = session.step();
                if (s.failed()) {
                    return files.failed(s, session::save, err);
                }
                int epoch = session.epochOf(i);
                files.row(String.format(Locale.ROOT, "%d,%d,%.6f,%d,%d,%.4f,%g", i, epoch + 1, s.loss(), s.nfeForward(),
                        s.nfeBackward(), s.seconds(), exp.schedule().rate(epoch)));
                if (i % session.iterationsPerEpoch() == 0) {
                    best = endOfEpoch(session, epoch, best, s, stdout);
                }
            }
        }
        session.save(out.resolve("checkpoint.ckpt"));
        stdout.printf("done; the model with the lowest validation error is %s (eval mnist --checkpoint it for the test error)%n",
                out.resolve("best.ckpt"));
        return 0;
    }

    private double endOfEpoch(MnistSession session, int epoch, double best, TrainingSnapshot s, PrintWriter stdout) throws Exception {
        session.save(out.resolve("checkpoint.ckpt"));
        MnistSession.Evaluation v = session.validationImages() == null ? null : session.evaluate(session.validationImages(), 0);
        stdout.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  NFE %d/%d  %.3f s/it%s%n", epoch + 1, session.config().epochs(),
                s.loss(), s.nfeForward(), s.nfeBackward(), s.seconds(),
                v == null ? "" : String.format(Locale.ROOT, "  validation error %.2f%% (NFE %.1f)", 100 * v.error(), v.meanNfe()));
        double error = v == null ? 0 : v.error();
        if (error <= best) {
            session.save(out.resolve("best.ckpt"));
            return error;
        }
        return best;
    }

    private MnistExperiment config() {
        Architecture a = Architecture.byId(model);
        MnistExperiment base = MnistExperiment.recipe(a);
        MnistExperiment c = base.withSolver(method != null ? method : base.method(), rtol != null ? rtol : base.rtol(),
                atol != null ? atol : base.atol(), adjoint).withData(trainImages, batch, true)
                .withLearningRate(learningRate != null ? learningRate : 0.1 * batch / 128.0);
        if (epochs != c.epochs()) {
            // The recipe's decays at 60, 100 and 140 of 160 epochs, scaled to the epochs asked for.
            c = c.withSchedule(epochs, c.milestones().stream().map(m -> (int) Math.round(m * epochs / 160.0))
                    .filter(m -> m >= 1).distinct().toList());
        }
        return c;
    }
}
