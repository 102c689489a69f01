package dev.neuralode.cli;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.model.flow2d.PlaneModel;
import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.train.Flow2dSession;
import dev.neuralode.train.Flow2dSnapshot;
import dev.neuralode.train.Flow2dSummary;
import dev.neuralode.train.InvalidSettingException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train flow2d}: trains a classifier of the plane (Neural ODE, augmented Neural ODE or ResNet,
 * then a linear classifier; Dupont, Doucet and Teh 2019) and writes {@code config.json},
 * {@code metrics.csv} (every iteration, flushed; the test columns every 10 iterations and at the last),
 * {@code checkpoint.ckpt} (atomically, every {@code --checkpoint-every} iterations and at the end) and
 * {@code summary.json} (final accuracy and loss, mean NFE over the last iterations, time).
 */
@Command(name = "flow2d", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a flow that classifies points of the plane: a Neural ODE (node), an augmented one (anode) or a ResNet.")
final class TrainFlow2dCommand implements Callable<Integer> {

    /** Iterations whose NFE {@code summary.json} averages: the last ones, where the NFE has settled. */
    static final int NFE_WINDOW = 100;

    static final String HEADER = "iteration,loss,accuracy,test_loss,test_accuracy,nfe_forward,nfe_backward,seconds";

    /** The command-line flag of each config property, for messages. */
    private static final Map<String, String> FLAGS = Map.ofEntries(Map.entry("dataset", "--dataset"),
            Map.entry("points", "--points"), Map.entry("noise", "--noise"), Map.entry("testFraction", "--test-fraction"),
            Map.entry("model", "--model"), Map.entry("augment", "--augment"), Map.entry("width", "--width"),
            Map.entry("method", "--method"), Map.entry("rtol", "--rtol"), Map.entry("atol", "--atol"), Map.entry("step", "--step"),
            Map.entry("iterations", "--iterations"), Map.entry("batchSize", "--batch"), Map.entry("learningRate", "--lr"));

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--dataset", paramLabel = "D", description = "circles, moons, spirals or xor (default: circles)")
    private String dataset;

    @Option(names = "--model", paramLabel = "M", description = "node, anode or resnet (default: node)")
    private String model;

    @Option(names = "--augment", paramLabel = "P", description = "extra dimensions of anode (default: 2)")
    private Integer augment;

    @Option(names = "--iterations", paramLabel = "N", description = "Adam steps; with --resume, the new total (default: 500)")
    private Integer iterations;

    @Option(names = "--points", paramLabel = "N", description = "points generated, train and test (default: 1000)")
    private Integer points;

    @Option(names = "--noise", paramLabel = "X", description = "standard deviation of the noise on each coordinate (default: 0.02)")
    private Double noise;

    @Option(names = "--test-fraction", paramLabel = "F", description = "fraction of the points held out for testing (default: 0.2)")
    private Double testFraction;

    @Option(names = "--width", paramLabel = "W", description = "hidden units of each MLP (default: 32)")
    private Integer width;

    @Option(names = "--method", paramLabel = "M", description = "ODE solver, such as dopri5, bosh3 or rk4 (default: dopri5)")
    private String method;

    @Option(names = "--rtol", paramLabel = "R", description = "relative tolerance (default: 1e-3)")
    private Double rtol;

    @Option(names = "--atol", paramLabel = "A", description = "absolute tolerance (default: 1e-3)")
    private Double atol;

    @Option(names = "--step", paramLabel = "H", description = "step of fixed-step methods such as rk4 (default: 0.25)")
    private Double step;

    @Option(names = "--adjoint", description = "gradients by the adjoint method instead of backpropagation through the solver")
    private boolean adjoint;

    @Option(names = "--batch", paramLabel = "B", description = "training points per step (default: 128)")
    private Integer batch;

    @Option(names = "--lr", paramLabel = "L", description = "Adam's learning rate (default: 0.003)")
    private Double learningRate;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the data, split, weights and batches (default: 0)")
    private Long seed;

    @Option(names = "--out", defaultValue = "flow2d-run", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--resume", paramLabel = "CKPT",
            description = "continue from a checkpoint.ckpt (its settings hold; only --iterations and --out apply)")
    private Path resume;

    @Option(names = "--overwrite", description = "replace a run already in --out (without it, such a run is refused)")
    private boolean overwrite;

    @Option(names = "--checkpoint-every", defaultValue = "100", paramLabel = "N",
            description = "iterations between checkpoints (default: ${DEFAULT-VALUE})")
    private int checkpointEvery;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("--checkpoint-every must be at least 1, such as 100, was " + checkpointEvery);
        }
        Flow2dExperiment fresh = resume == null ? config() : null;
        try (RunDirectory run = RunDirectory.claim(out, resume != null, overwrite, RunFiles.FILES)) {
            return train(fresh);
        }
    }

    private int train(Flow2dExperiment fresh) throws Exception {
        engine.startEngine();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Flow2dSession session = resume != null ? resumed() : new Flow2dSession(fresh);
        Flow2dExperiment exp = session.config();
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("config.json"), exp.toJson());
        stdout.printf(Locale.ROOT, "training %s (%,d parameters) on %s, iterations %d to %d, writing to %s%n",
                exp.planeModel().title(), session.model().parameterCount(), exp.dataset(), session.iteration() + 1, exp.iterations(),
                out.toAbsolutePath());
        stdout.flush();
        double seconds = 0;
        long nfeForward = 0;
        long nfeBackward = 0;
        int window = 0;
        long first = session.iteration() + 1;
        long last = exp.iterations();
        try (RunFiles files = RunFiles.open(out, resume != null ? first - 1 : -1, HEADER)) {
            for (long i = first; i <= last; i++) {
                session.step();
                Flow2dSnapshot s = session.latest();
                if (s.failed()) {
                    return files.failed(s.training(), session::save, err);
                }
                seconds += s.training().seconds();
                if (i > last - NFE_WINDOW) {
                    nfeForward += s.nfeForward();
                    nfeBackward += s.nfeBackward();
                    window++;
                }
                files.row(row(s));
                if (i == first || i == last || (i - first + 1) % Math.max(1, (last - first + 1) / 10) == 0) {
                    stdout.printf(Locale.ROOT, "iteration %d/%d  loss %.4f  accuracy %.3f%s  NFE %d/%d  %.3f s/it%n", i, last, s.loss(),
                            s.accuracy(), s.tested() ? String.format(Locale.ROOT, "  test %.4f / %.3f", s.testLoss(), s.testAccuracy()) : "",
                            s.nfeForward(), s.nfeBackward(), s.training().seconds());
                    stdout.flush();
                }
                if (files.stopped(i, session::save, err)) {
                    return 1;
                }
                if (i % checkpointEvery == 0) {
                    session.save(files.checkpoint());
                }
            }
        }
        session.save(out.resolve("checkpoint.ckpt"));
        Flow2dSummary summary = summarise(session, window == 0 ? 0 : nfeForward / (double) window,
                window == 0 ? 0 : nfeBackward / (double) window, window, seconds, last - first + 1);
        AtomicFiles.writeString(out.resolve("summary.json"), summary.toJson());
        stdout.printf(Locale.ROOT, "test accuracy %.2f%% (loss %.4f), training accuracy %.2f%%, mean NFE %.1f forward / %.1f backward"
                + " over the last %d iterations, %.1f s%n", 100 * summary.testAccuracy(), summary.testLoss(),
                100 * summary.trainAccuracy(), summary.meanNfeForward(), summary.meanNfeBackward(), window, seconds);
        return 0;
    }

    private static String row(Flow2dSnapshot s) {
        String test = s.tested() ? String.format(Locale.ROOT, "%.6f,%.4f", s.testLoss(), s.testAccuracy()) : ",";
        return String.format(Locale.ROOT, "%d,%.6f,%.4f,%s,%d,%d,%.4f", s.iteration(), s.loss(), s.accuracy(), test, s.nfeForward(),
                s.nfeBackward(), s.training().seconds());
    }

    private static Flow2dSummary summarise(Flow2dSession session, double nfeForward, double nfeBackward, int window,
                                           double seconds, long iterations) {
        Flow2dExperiment c = session.config();
        Flow2dSession.Evaluation test = session.evaluate(session.data().test());
        Flow2dSession.Evaluation train = session.evaluate(session.data().train());
        return new Flow2dSummary(c.dataset(), c.model(), c.planeModel() == PlaneModel.ANODE ? c.augment() : 0,
                session.model().parameterCount(), session.iteration(), train.accuracy(), test.loss(), test.accuracy(), nfeForward,
                nfeBackward, window, seconds, seconds / Math.max(1, iterations));
    }

    /** The defaults with every option that was given, each bad value reported under its flag. */
    private Flow2dExperiment config() {
        if (Flow2dExperiment.CUSTOM.equals(dataset)) {
            throw new IllegalArgumentException("--dataset custom is for points drawn in the explorer; here choose circles, moons,"
                    + " spirals or xor");
        }
        Flow2dExperiment d = Flow2dExperiment.defaults();
        try {
            return new Flow2dExperiment(or(dataset, d.dataset()), or(points, d.points()), or(noise, d.noise()),
                    or(testFraction, d.testFraction()), or(model, d.model()), or(augment, d.augment()), or(width, d.width()),
                    or(method, d.method()), or(rtol, d.rtol()), or(atol, d.atol()), or(step, d.step()), adjoint,
                    or(iterations, d.iterations()), or(batch, d.batchSize()), or(learningRate, d.learningRate()), or(seed, d.seed()));
        } catch (InvalidSettingException e) {
            throw new IllegalArgumentException(e.messageFor(FLAGS.getOrDefault(e.property(), e.property())), e);
        }
    }

    private Flow2dSession resumed() throws Exception {
        Flow2dSession session = Flow2dSession.resume(resume);
        if (iterations != null) {
            Flow2dExperiment c = session.config();
            if (iterations <= session.iteration()) {
                throw new IllegalArgumentException("--iterations is the new total and must exceed the " + session.iteration()
                        + " iterations the checkpoint has done, was " + iterations);
            }
            session.update(c.withTraining(iterations, c.batchSize(), c.learningRate()));
        }
        return session;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
