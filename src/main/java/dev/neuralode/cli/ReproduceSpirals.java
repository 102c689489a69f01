package dev.neuralode.cli;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.Spirals;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.model.latent.LatentOde;
import dev.neuralode.model.latent.LatentOdeConfig;
import dev.neuralode.model.latent.PredictiveRmse;
import dev.neuralode.model.latent.RnnForecaster;
import dev.neuralode.model.latent.SeriesModel;
import dev.neuralode.model.latent.SeriesTrainer;
import dev.neuralode.nn.MultiStepSchedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code reproduce spirals}: the paper's Table 2 (Chen et al. 2018, section 5.1). Bi-directional
 * spirals (1,000 by default, 80% for training) are subsampled at their own random times to n
 * observations each; an RNN, an RNN + time and a latent ODE are trained on the same series and
 * evaluated on the held-out spirals by the RMSE of their predictions at the 100 points after the
 * observations (noise-free). The RMSE over the observation window (its 100 noise-free points, most
 * of them unobserved for small n) is reported beside it: the paper's "predictive RMSE on 100 time
 * points" admits both readings.
 */
@Command(name = "spirals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train RNN, RNN + time and a latent ODE on irregularly sampled spirals and print the paper's"
            + " Table 2 (predictive RMSE on the 100 points after the observations) next to its values."})
final class ReproduceSpirals implements Callable<Integer> {

    /** The paper's Table 2, by n = 30, 50, 100. */
    private static final double[] PAPER_RNN = {0.3937, 0.3202, 0.1813};
    private static final double[] PAPER_LATENT_ODE = {0.1642, 0.1502, 0.1346};
    private static final int[] PAPER_N = {30, 50, 100};

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", split = ",", defaultValue = "30,50,100", paramLabel = "N",
            description = "observations per spiral, each a column of the table (default: ${DEFAULT-VALUE})")
    private List<Integer> counts;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the data, the splits and the models (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--iters", paramLabel = "N", description = "latent ODE training iterations (default: 5000, --quick: 400)")
    private Integer iterations;

    @Option(names = "--rnn-iters", paramLabel = "N", description = "training iterations of each RNN (default: 5000, --quick: 400)")
    private Integer rnnIterations;

    @Option(names = "--batch", paramLabel = "B", description = "series per training batch (default: 100, --quick: 50)")
    private Integer batch;

    @Option(names = "--lr", defaultValue = "0.01",
            description = "Adam's learning rate, times 0.1 after half and after three quarters of the iterations (default: ${DEFAULT-VALUE})")
    private double learningRate;

    @Option(names = "--spirals", paramLabel = "N", description = "spirals generated, 80%% to train (default: 1000, --quick: 300)")
    private Integer spirals;

    @Option(names = "--quick", description = "a smoke run of about a minute: 300 spirals, 400 iterations, batch 50")
    private boolean quick;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
            description = "directory for spirals-table2.csv (default: the current directory)")
    private Path out;

    /** One cell of the table. */
    record Row(int n, String model, double rmse, double paper, double windowRmse, int iterations, double seconds, double finalLoss) {
    }

    @Override
    public Integer call() throws IOException {
        int count = valueOr(spirals, 1000, 300);
        int odeIterations = valueOr(iterations, 5000, 400);
        int rnnIters = valueOr(rnnIterations, 5000, 400);
        int batchSize = valueOr(batch, 100, 50);
        for (int n : counts) {
            if (n < 2 || n > Spirals.Config.paper().observed()) {
                throw new IllegalArgumentException("--n must lie in [2, " + Spirals.Config.paper().observed() + "] (each spiral has "
                        + Spirals.Config.paper().observed() + " points to subsample), was " + n);
            }
        }
        if (count < 10 || odeIterations < 1 || rnnIters < 1 || batchSize < 1) {
            throw new IllegalArgumentException("--spirals must be at least 10, --iters, --rnn-iters and --batch at least 1; were "
                    + count + ", " + odeIterations + ", " + rnnIters + ", " + batchSize);
        }
        var info = engine.startEngine();
        PrintWriter o = spec.commandLine().getOut();
        long start = System.nanoTime();
        Spirals.Config paper = Spirals.Config.paper();
        Spirals.Config config = new Spirals.Config(count, paper.gridPoints(), paper.observed(), paper.extrapolated(), paper.stop(),
                paper.a(), paper.b(), paper.noiseStd());
        List<List<Spirals.Spiral>> split = Spirals.split(Spirals.generate(config, new SplittableRandom(seed)), 0.8,
                new SplittableRandom(seed + 1));
        o.printf(Locale.ROOT, "Table 2 on %d spirals (%d train, %d test), seed %d, %s; latent ODE %d iterations, RNNs %d,"
                + " batch %d, Adam lr %s%n", count, split.get(0).size(), split.get(1).size(), seed, info.describe(), odeIterations,
                rnnIters, batchSize, learningRate);
        List<Row> rows = new ArrayList<>();
        for (int n : counts) {
            rows.addAll(column(o, n, split, odeIterations, rnnIters, batchSize));
        }
        printTable(o, rows);
        Path csv = out.resolve("spirals-table2.csv");
        AtomicFiles.writeString(csv, csv(rows, batchSize));
        o.printf(Locale.ROOT, "wrote %s; wall time %.1f s%n", csv, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private int valueOr(Integer given, int normal, int smoke) {
        return given != null ? given : quick ? smoke : normal;
    }

    /** Trains the three models on n observations per spiral and evaluates them on the test spirals. */
    private List<Row> column(PrintWriter o, int n, List<List<Spirals.Spiral>> split, int odeIterations, int rnnIters, int batchSize) {
        SplittableRandom subsample = new SplittableRandom(seed + 100 + n);
        List<IrregularSeries> train = new ArrayList<>();
        for (Spirals.Spiral s : split.get(0)) {
            train.add(s.observed().subsample(n, subsample));
        }
        List<IrregularSeries> observed = new ArrayList<>();
        List<IrregularSeries> future = new ArrayList<>();
        List<IrregularSeries> window = new ArrayList<>();
        for (Spirals.Spiral s : split.get(1)) {
            observed.add(s.observed().subsample(n, subsample));
            future.add(s.future());
            window.add(s.noiseFree());
        }
        List<Row> rows = new ArrayList<>();
        int paperIndex = java.util.Arrays.stream(PAPER_N).boxed().toList().indexOf(n);
        SeriesModel[] models = {
            new RnnForecaster(25, false, DType.FLOAT32, new SplittableRandom(seed + 2)),
            new RnnForecaster(25, true, DType.FLOAT32, new SplittableRandom(seed + 2)),
            new LatentOde(LatentOdeConfig.paper(), new SplittableRandom(seed + 2))};
        double[] paperValues = {paperIndex < 0 ? Double.NaN : PAPER_RNN[paperIndex], Double.NaN,
            paperIndex < 0 ? Double.NaN : PAPER_LATENT_ODE[paperIndex]};
        for (int m = 0; m < models.length; m++) {
            SeriesModel model = models[m];
            int iters = model instanceof LatentOde ? odeIterations : rnnIters;
            long t0 = System.nanoTime();
            int every = Math.max(1, iters / 10);
            double[] losses = SeriesTrainer.train(model, train, schedule(iters, batchSize), new SplittableRandom(seed + 3),
                    (it, loss) -> {
                        if (it % every == 0 || it == iters) {
                            o.printf(Locale.ROOT, "  n=%-3d %-10s %5d/%d  loss %10.4f  %6.1f s%n", n, model.name(), it, iters, loss,
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    });
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rmse = PredictiveRmse.of(model, observed, future, 200);
            double windowRmse = PredictiveRmse.ofWindow(model, observed, window, 200);
            rows.add(new Row(n, model.name(), rmse, paperValues[m], windowRmse, iters, seconds, losses[losses.length - 1]));
            o.printf(Locale.ROOT, "  n=%-3d %-10s predictive RMSE %.4f, observation-window RMSE %.4f (paper %s)%n", n, model.name(),
                    rmse, windowRmse, format(paperValues[m]));
        }
        return rows;
    }

    /** Adam at {@code --lr}, times 0.1 after half and after three quarters of the iterations. */
    private SeriesTrainer.Schedule schedule(int iterations, int batchSize) {
        long half = Math.max(1, iterations / 2);
        long threeQuarters = Math.max(half + 1, 3L * iterations / 4);
        return new SeriesTrainer.Schedule(iterations, batchSize, new MultiStepSchedule(learningRate, List.of(half, threeQuarters), 0.1));
    }

    private void printTable(PrintWriter o, List<Row> rows) {
        o.println();
        printTable(o, rows, "Table 2: predictive RMSE on the 100 points after the observations, measured (paper)", Row::rmse);
        o.println();
        printTable(o, rows, "RMSE on the 100 noise-free points of the observation window, measured (paper)", Row::windowRmse);
    }

    private void printTable(PrintWriter o, List<Row> rows, String title, java.util.function.ToDoubleFunction<Row> value) {
        o.println(title);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "model"));
        for (int n : counts) {
            header.append(String.format(Locale.ROOT, "%-20s", "n = " + n));
        }
        o.println(header.toString().stripTrailing());
        for (String model : List.of("RNN", "RNN + time", "Latent ODE")) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", model));
            for (Row r : rows) {
                if (r.model().equals(model)) {
                    String cell = String.format(Locale.ROOT, "%.4f (%s)", value.applyAsDouble(r), format(r.paper()));
                    line.append(String.format(Locale.ROOT, "%-20s", cell));
                }
            }
            o.println(line.toString().stripTrailing());
        }
    }

    private static String format(double paper) {
        return Double.isNaN(paper) ? "n/a" : String.format(Locale.ROOT, "%.4f", paper);
    }

    private String csv(List<Row> rows, int batchSize) {
        StringBuilder s = new StringBuilder("n,model,predictive_rmse,paper_rmse,window_rmse,iterations,batch,learning_rate,seed,"
                + "train_seconds,final_loss\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%d,%s,%.6f,%s,%s,%d,%d,%s,%d,%.2f,%.6f%n", r.n(), r.model(), r.rmse(),
                    Double.isNaN(r.paper()) ? "" : String.format(Locale.ROOT, "%.4f", r.paper()),
                    String.format(Locale.ROOT, "%.6f", r.windowRmse()), r.iterations(), batchSize,
                    learningRate, seed, r.seconds(), r.finalLoss()));
        }
        return s.toString();
    }
}
