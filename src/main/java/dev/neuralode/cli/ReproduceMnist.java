package dev.neuralode.cli;

import dev.neuralode.data.Mnist;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reproduce mnist}: the paper's Table 1 (Chen et al. 2018, section 3). Each model is trained
 * with torchdiffeq's {@code odenet_mnist.py} recipe ({@code train mnist}'s loop, into a folder of its
 * own), the checkpoint with the lowest validation error is kept, and its test error is measured once.
 * The table prints the test error and parameter count beside the paper's, with the seconds per
 * iteration measured here and what the full 160-epoch recipe would take at that speed.
 */
@Command(name = "mnist", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train ODE-Net, ResNet, RK-Net and the stem alone on MNIST and print the paper's Table 1"
            + " (test error, parameters) next to its values."})
final class ReproduceMnist implements Callable<Integer> {

    /** Training images outside the validation split, and iterations per epoch of the full recipe at batch 128. */
    private static final int FULL_TRAINING_IMAGES = 55_000;

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Mixin
    private MnistData data;

    @Option(names = "--models", split = ",", defaultValue = "odenet,resnet,rknet,stem", paramLabel = "M",
            description = "the models, each a row of the table (default: ${DEFAULT-VALUE})")
    private List<String> models;

    @Option(names = "--epochs", paramLabel = "E", description = "epochs of each model (default: 160, --quick: 2)")
    private Integer epochs;

    @Option(names = "--train-images", paramLabel = "N", description = "training images, 0 for all 55,000 (default: 0, --quick: 13000)")
    private Integer trainImages;

    @Option(names = "--batch", paramLabel = "B", description = "images per iteration (default: 128, --quick: 32)")
    private Integer batch;

    @Option(names = "--lr", paramLabel = "R",
            description = "initial learning rate (default: 0.1 x batch / 128, torchdiffeq's rule; --quick: 0.1)")
    private Double learningRate;

    @Option(names = "--validation-images", paramLabel = "N",
            description = "held-out images evaluated after each epoch, 0 for all 5,000 (default: 0, --quick: 1000)")
    private Integer validationImages;

    @Option(names = "--test-images", defaultValue = "0", paramLabel = "N",
            description = "test images, 0 for all 10,000 (default: ${DEFAULT-VALUE})")
    private int testImages;

    @Option(names = "--crops", negatable = true, description = "random crops of the images padded by 4, as the recipe"
            + " (default: on, --quick: off, which learns faster from few images)")
    private Boolean crops;

    @Option(names = "--adjoint", description = "the ODE-Net's gradients by the adjoint method (constant memory)")
    private boolean adjoint;

    @Option(names = "--quick", description = "a run of about 12 minutes on two cores: 2 epochs of 13,000 training images"
            + " without crops, batch 32, lr 0.1")
    private boolean quick;

    @Option(names = "--out", defaultValue = "mnist-table1", paramLabel = "DIR",
            description = "directory for mnist-table1.csv and one run folder per model (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--overwrite", description = "replace the runs already in --out (without it, they are refused)")
    private boolean overwrite;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One row of the table. */
    record Row(Architecture model, long parameters, double testError, double validationError, double testNfe,
               double trainNfe, double secondsPerIteration, int epochs, int iterations) {

        /** Hours of the full recipe (160 epochs of 430 iterations at batch 128) at this row's speed, scaled from its batch. */
        double fullRecipeHours(int batch) {
            double perImage = secondsPerIteration / batch;
            return perImage * FULL_TRAINING_IMAGES * 160 / 3600;
        }
    }

    @Override
    public Integer call() throws Exception {
        List<Architecture> architectures = new ArrayList<>();
        for (String m : models) {
            try {
                architectures.add(Architecture.byId(m));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--models: " + e.getMessage(), e);
            }
        }
        int epochCount = valueOr(epochs, 160, 2);
        int images = valueOr(trainImages, 0, 13_000);
        int batchSize = valueOr(batch, 128, 32);
        int validation = valueOr(validationImages, 0, 1000);
        boolean augment = crops != null ? crops : !quick;
        // A quick run takes four times the rule's rate at batch 32: it learns faster from few images.
        double rate = learningRate != null ? learningRate : quick ? 0.1 : 0.1 * batchSize / 128.0;
        if (!(rate > 0 && rate < 10)) {
            throw new IllegalArgumentException("--lr must lie in (0, 10), such as 0.1, was " + rate);
        }
        if (epochCount < 1 || batchSize < 1 || batchSize > 4096 || images < 0 || validation < 0 || testImages < 0) {
            throw new IllegalArgumentException("--epochs must be at least 1, --batch between 1 and 4096, and --train-images,"
                    + " --validation-images and --test-images 0 (all) or more; were " + epochCount + ", " + batchSize + ", " + images
                    + ", " + validation + " and " + testImages);
        }
        List<String> runs = architectures.stream().map(a -> a.id() + "/metrics.csv").toList();
        try (RunDirectory run = RunDirectory.claim(out, false, overwrite, runs)) {
            return reproduce(architectures, epochCount, images, batchSize, validation, augment, rate);
        }
    }

    private int reproduce(List<Architecture> architectures, int epochCount, int images, int batchSize, int validation, boolean augment,
            double rate) throws Exception {
        var info = engine.startEngine();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Mnist mnist = data.load();
        long start = System.nanoTime();
        o.printf(Locale.ROOT, "Table 1 on MNIST: %d epochs of %s training images%s at batch %d, SGD lr %s with momentum 0.9, %s%n",
                epochCount, images == 0 ? "55,000" : String.format(Locale.ROOT, "%,d", images), augment ? " (random crops)" : "",
                batchSize, rate, info.describe());
        List<Row> rows = new ArrayList<>();
        for (Architecture a : architectures) {
            MnistExperiment base = MnistExperiment.recipe(a);
            MnistExperiment config = base.withSolver(base.method(), base.rtol(), base.atol(), adjoint && a == Architecture.ODENET)
                    .withData(images, batchSize, augment).withLearningRate(rate).withEpochs(epochCount);
            MnistSession session = new MnistSession(config, mnist.train());
            Path folder = out.resolve(a.id());
            MnistTraining.Outcome run = MnistTraining.run(session, folder, -1, validation, o, err);
            if (run.failed()) {
                o.printf("%s failed; its row is left out (the last good state is in %s)%n", a.title(), folder.resolve("checkpoint.ckpt"));
                continue;
            }
            MnistSession best = MnistSession.resume(folder.resolve("best.ckpt"), mnist.train());
            MnistSession.Evaluation test = best.evaluate(mnist.test(), testImages);
            rows.add(new Row(a, session.model().parameterCount(), test.error(), run.bestValidationError(), test.meanNfe(),
                    run.meanNfeForward(), run.secondsPerIteration(), epochCount, session.iterationsPerEpoch() * epochCount));
            o.printf(Locale.ROOT, "%s: test error %.2f%% on %,d images (validation %.2f%%), %.3f s per iteration%n", a.title(),
                    100 * test.error(), test.images(), 100 * run.bestValidationError(), run.secondsPerIteration());
        }
        printTable(o, rows, batchSize);
        Path csv = out.resolve("mnist-table1.csv");
        AtomicFiles.writeString(csv, csv(rows, batchSize));
        o.printf(Locale.ROOT, "wrote %s; wall time %.1f min%n", csv, (System.nanoTime() - start) / 60e9);
        return rows.size() == architectures.size() ? 0 : 1;
    }

    private int valueOr(Integer given, int normal, int smoke) {
        return given != null ? given : quick ? smoke : normal;
    }

    private static void printTable(PrintWriter o, List<Row> rows, int batchSize) {
        o.println();
        o.println("Table 1: test error and parameters, measured (paper); memory is the paper's column");
        o.printf("%-10s %-16s %-18s %-8s %-9s %-9s %s%n", "model", "test error", "parameters", "memory", "NFE test", "s/iter",
                "full recipe here");
        for (Row r : rows) {
            Paper p = Paper.of(r.model());
            o.printf(Locale.ROOT, "%-10s %-16s %-18s %-8s %-9s %-9.3f %.1f h%n", r.model().title(),
                    String.format(Locale.ROOT, "%.2f%% (%s)", 100 * r.testError(), p.percent()),
                    String.format(Locale.ROOT, "%,d (%s)", r.parameters(), p.parameters()), p.memory(),
                    r.testNfe() > 0 ? String.format(Locale.ROOT, "%.1f", r.testNfe()) : "-", r.secondsPerIteration(),
                    r.fullRecipeHours(batchSize));
        }
        o.println("The paper's 1-layer MLP baseline: 1.60% with 0.24M parameters; the stem alone is this project's baseline.");
    }

    private static String csv(List<Row> rows, int batchSize) {
        StringBuilder s = new StringBuilder("model,parameters,test_error,validation_error,paper_test_error,test_mean_nfe,"
                + "train_mean_nfe_last_epoch,epochs,iterations,batch,seconds_per_iteration,full_recipe_hours\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%s,%d,%.6f,%.6f,%s,%.2f,%.2f,%d,%d,%d,%.4f,%.2f%n", r.model().id(), r.parameters(),
                    r.testError(), r.validationError(), Paper.of(r.model()).csv(), r.testNfe(), r.trainNfe(), r.epochs(),
                    r.iterations(), batchSize, r.secondsPerIteration(), r.fullRecipeHours(batchSize)));
        }
        return s.toString();
    }

    /** A row of the paper's Table 1 (the stem alone has none). */
    private record Paper(double error, String parameters, String memory) {
        static Paper of(Architecture a) {
            return switch (a) {
                case ODENET -> new Paper(0.0042, "0.22M", "O(1)");
                case RESNET -> new Paper(0.0041, "0.60M", "O(L)");
                case RKNET -> new Paper(0.0047, "0.22M", "O(L~)");
                case STEM -> new Paper(Double.NaN, "n/a", "O(1)");
            };
        }

        String percent() {
            return Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * error);
        }

        String csv() {
            return Double.isNaN(error) ? "" : String.format(Locale.ROOT, "%.4f", error);
        }
    }
}
