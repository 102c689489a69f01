package dev.neuralode.cli;

import dev.neuralode.data.Mnist;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import dev.neuralode.train.TrainingSnapshot;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench mnist}: seconds per training iteration of each Table 1 classifier at torchdiffeq's
 * {@code odenet_mnist.py} settings (batch 128, random crops, SGD with momentum, dopri5 at 1e-3), the
 * median over timed iterations after warm-up, with the forward and backward NFE beside it. The
 * docs/benchmarks.md gives torchdiffeq's time beside these.
 */
@Command(name = "mnist", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time a training iteration of the MNIST classifiers (batch 128), with forward and backward NFE.")
final class MnistBenchmark implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Mixin
    private MnistData data;

    @Option(names = "--model", description = "odenet, resnet, rknet or stem (default: all four)")
    private String model;

    @Option(names = "--adjoint", description = "the ODE models through the adjoint method")
    private boolean adjoint;

    @Option(names = "--iterations", defaultValue = "10", description = "timed iterations (default: ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed iterations first (default: ${DEFAULT-VALUE})")
    private int warmup;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || warmup < 0) {
            throw new IllegalArgumentException("--iterations must be at least 1 and --warmup at least 0, were " + iterations + " and " + warmup);
        }
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        Mnist mnist = data.load();
        out.printf("MNIST, batch 128, float32, %s%n", engine.describeKernels());
        List<Architecture> models = model == null ? List.of(Architecture.values()) : List.of(Architecture.byId(model));
        for (Architecture a : models) {
            MnistExperiment recipe = MnistExperiment.recipe(a);
            MnistSession session = new MnistSession(recipe.withSolver(recipe.method(), recipe.rtol(), recipe.atol(),
                    adjoint && a.hasOde()), mnist.train());
            double[] seconds = new double[iterations];
            int[] nfeF = new int[iterations];
            int[] nfeB = new int[iterations];
            for (int i = 0; i < warmup + iterations; i++) {
                TrainingSnapshot s = session.step();
                if (s.failed()) {
                    throw new IllegalStateException(a.title() + ": " + s.message());
                }
                if (i >= warmup) {
                    seconds[i - warmup] = s.seconds();
                    nfeF[i - warmup] = s.nfeForward();
                    nfeB[i - warmup] = s.nfeBackward();
                }
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "  %-10s %,9d parameters  %6.3f s per iteration (median of %d)  NFE %s / %s%n", a.title(),
                    session.model().parameterCount(), sorted[iterations / 2], iterations, range(nfeF), range(nfeB));
        }
        return 0;
    }

    private static String range(int[] v) {
        int lo = Arrays.stream(v).min().orElse(0);
        int hi = Arrays.stream(v).max().orElse(0);
        return lo == hi ? Integer.toString(lo) : lo + "-" + hi;
    }
}
