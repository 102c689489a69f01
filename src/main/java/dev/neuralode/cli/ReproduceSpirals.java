package dev.neuralode.cli;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.Spirals;
import dev.neuralode.data.WindowPlacement;
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
 * spirals (1,000 by default; the curves, the 500-point grid and the noise sd 0.3 are torchdiffeq's
 * {@code latent_ode.py}, as the paper gives none of them; 80% for training, a split of ours, as that
 * example has no test set) are subsampled at their own random times to n of the 100 points of
 * their window; an RNN, an RNN + time and a latent ODE are trained on the same series. Table 2 is
 * the RMSE over the 100 noise-free points of each test spiral's window ({@link SpiralsTables} says
 * why that reading); the RMSE on the 100 noise-free points after the window is an extra experiment,
 * with windows placed by {@code --placement}.
 */
@Command(name = "spirals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train RNN, RNN + time and a latent ODE on irregularly sampled spirals and print the paper's Table 2:"
            + " the RMSE over the 100 points of each test spiral's window, n of them observed, against the noise-free curve"
            + " (observations carry noise sd 0.3), beside the paper's values. The paper's wording (\"100 time points extending"
            + " beyond those used for training\") is ambiguous; the data constants are torchdiffeq's latent_ode.py.",
            "Second, an extra experiment: the RMSE on the 100 noise-free points after the window.",
            "At a window time it did not observe, each RNN predicts one step ahead from the observations before that time:"
            + " the RNN + time reads the last of them with the gap to that time; the plain RNN cannot, so it gives its"
            + " prediction of the next observation at every time up to it. Before a spiral's first observation both give the"
            + " read-out of their initial state. Beyond the window they feed each prediction back. The latent ODE decodes its"
            + " trajectory at every time."})
final class ReproduceSpirals implements Callable<Integer> {

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

    @Option(names = "--placement", defaultValue = "torchdiffeq", paramLabel = "P",
            description = "where windows of 100 observed and 100 future points start on the 500-point grid: torchdiffeq"
                + " (within indices 100..498, as its latent_ode.py keeps its windows) or held-out (starts in [0, 300]: observations"
                + " never pass index 399, futures reach 499, curve no training window contains) (default: ${DEFAULT-VALUE})")
    private String placement;

    @Option(names = "--rtol", defaultValue = "1e-5",
            description = "the latent ODE's dopri5 relative tolerance; the paper integrated with SciPy's solvers, whose odeint"
                + " defaults to 1.49012e-8 (the RNNs solve nothing) (default: ${DEFAULT-VALUE})")
    private double rtol;

    @Option(names = "--atol", defaultValue = "1e-6",
            description = "the latent ODE's dopri5 absolute tolerance; SciPy's default is 1.49012e-8 too (default: ${DEFAULT-VALUE})")
    private double atol;

    @Option(names = "--quick", description = "a smoke run of about 30 s: 300 spirals, 400 iterations, batch 50")
    private boolean quick;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
            description = "directory for spirals-table2.csv (default: the current directory)")
    private Path out;

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
        WindowPlacement windows = WindowPlacement.of(placement);
        LatentOdeConfig latent = tolerances();
        var info = engine.startEngine();
        PrintWriter o = spec.commandLine().getOut();
        long start = System.nanoTime();
        Spirals.Config paper = Spirals.Config.paper();
        Spirals.Config config = new Spirals.Config(count, paper.gridPoints(), paper.observed(), paper.extrapolated(), paper.stop(),
                paper.a(), paper.b(), paper.noiseStd());
        List<List<Spirals.Spiral>> split = Spirals.split(Spirals.generate(config, windows, new SplittableRandom(seed)), 0.8,
                new SplittableRandom(seed + 1));
        o.printf(Locale.ROOT, "Table 2 on %d spirals (%d train, %d test, %s placement), seed %d, %s; latent ODE %d iterations"
                + " (dopri5 at rtol %s, atol %s), RNNs %d, batch %d, Adam lr %s%n", count, split.get(0).size(), split.get(1).size(),
                windows, seed, info.describe(), odeIterations, rtol, atol, rnnIters, batchSize, learningRate);
        List<SpiralsTables.Row> rows = new ArrayList<>();
        for (int n : counts) {
            rows.addAll(column(o, n, split, latent, odeIterations, rnnIters, batchSize));
        }
        SpiralsTables tables = new SpiralsTables(new SpiralsTables.Setting(counts, paper.observed(), paper.extrapolated(),
                paper.noiseStd(), windows, rtol, atol, batchSize, learningRate, seed));
        tables.print(o, rows);
        Path csv = out.resolve("spirals-table2.csv");
        AtomicFiles.writeString(csv, tables.csv(rows));
        o.printf(Locale.ROOT, "wrote %s; wall time %.1f s%n", csv, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The paper's latent ODE at {@code --rtol} and {@code --atol}, whose solver checks them. */
    private LatentOdeConfig tolerances() {
        try {
            return LatentOdeConfig.paper().withTolerances(rtol, atol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rtol " + rtol + ", --atol " + atol + ": " + e.getMessage()
                    + "; SciPy's odeint defaults to 1.49012e-8 for both", e);
        }
    }

    private int valueOr(Integer given, int normal, int smoke) {
        return given != null ? given : quick ? smoke : normal;
    }

    /** Trains the three models on n observations per spiral and evaluates them on the test spirals. */
    private List<SpiralsTables.Row> column(PrintWriter o, int n, List<List<Spirals.Spiral>> split, LatentOdeConfig latent,
                                           int odeIterations, int rnnIters, int batchSize) {
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
        List<SpiralsTables.Row> rows = new ArrayList<>();
        SeriesModel[] models = {
            new RnnForecaster(25, false, DType.FLOAT32, new SplittableRandom(seed + 2)),
            new RnnForecaster(25, true, DType.FLOAT32, new SplittableRandom(seed + 2)),
            new LatentOde(latent, new SplittableRandom(seed + 2))};
        for (SeriesModel model : models) {
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
            double windowRmse = PredictiveRmse.ofWindow(model, observed, window, 200);
            double futureRmse = PredictiveRmse.of(model, observed, future, 200);
            rows.add(new SpiralsTables.Row(n, model.name(), windowRmse, futureRmse, iters, seconds, losses[losses.length - 1]));
            o.printf(Locale.ROOT, "  n=%-3d %-10s window RMSE (Table 2) %.4f, future RMSE (extra) %.4f%n", n, model.name(),
                    windowRmse, futureRmse);
        }
        return rows;
    }

    /** Adam at {@code --lr}, times 0.1 after half and after three quarters of the iterations. */
    private SeriesTrainer.Schedule schedule(int iterations, int batchSize) {
        long half = Math.max(1, iterations / 2);
        long threeQuarters = Math.max(half + 1, 3L * iterations / 4);
        return new SeriesTrainer.Schedule(iterations, batchSize, new MultiStepSchedule(learningRate, List.of(half, threeQuarters), 0.1));
    }
}
