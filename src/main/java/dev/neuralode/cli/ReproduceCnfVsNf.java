package dev.neuralode.cli;

import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.ToyDataset;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.DensityGrid;
import dev.neuralode.train.SampleHistogram;
import dev.neuralode.train.ViewBounds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reproduce cnf-vs-nf}: the paper's Figures 4 and 5 (Chen et al. 2018, section 4.1).
 * <ul>
 *   <li>Figure 4, density matching: minimise {@code KL(q || p) = E_q[log q(x) - log p(x)]} against an
 *       analytic target with the hypernetwork CNF of M = 2, 8, 32 hidden units (Adam) and a planar NF
 *       of K = 2, 8, 32 layers (RMSprop, as the paper). The paper does not name its three targets;
 *       these are the project's analytic densities: the bullseye (ring and blob), two moons, two circles.</li>
 *   <li>Figure 5, maximum likelihood: a CNF of 64 hidden units and a planar NF of 64 one-unit layers
 *       (read from data to base, where its density is closed-form) on two circles and two moons,
 *       scored by the NLL of held-out points.</li>
 * </ul>
 * The paper runs the CNF for 10,000 iterations and the NF for 500,000 (the defaults); it gives no
 * counts for Figure 5, which uses the same.
 */
@Command(name = "cnf-vs-nf", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train CNFs and planar NFs by density matching (Figure 4) and maximum likelihood (Figure 5),"
            + " write cnf-vs-nf-fig4.png, cnf-vs-nf-fig5.png and cnf-vs-nf.csv, and print the final losses."})
final class ReproduceCnfVsNf implements Callable<Integer> {

    private static final List<String> TARGETS = List.of("target", "two-moons", "two-circles");
    private static final List<String> DATASETS = List.of("circles", "moons");
    /** Figure 5's sizes: 64 hidden units of the CNF, 64 one-unit layers of the NF. */
    private static final int MLE_SIZE = 64;
    private static final int CELLS = 64;
    private static final int SCALE = 3;
    private static final double PICTURE_TOL = 1e-5;

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick", description = "a run of under 10 minutes: CNF 2,000 iterations, NF 20,000, batch 256, rtol 1e-3")
    private boolean quick;

    @Option(names = "--cnf-iters", paramLabel = "N", description = "Adam iterations of each CNF (default: 10000 as the paper, --quick: 2000)")
    private Integer cnfIterations;

    @Option(names = "--nf-iters", paramLabel = "N", description = "RMSprop iterations of each NF (default: 500000 as the paper, --quick: 20000)")
    private Integer nfIterations;

    @Option(names = "--widths", split = ",", defaultValue = "2,8,32", paramLabel = "M",
            description = "hidden units of Figure 4's CNFs (default: ${DEFAULT-VALUE})")
    private List<Integer> widths;

    @Option(names = "--layers", split = ",", defaultValue = "2,8,32", paramLabel = "K",
            description = "layers of Figure 4's planar NFs (default: ${DEFAULT-VALUE})")
    private List<Integer> layers;

    @Option(names = "--batch", paramLabel = "B", description = "samples per iteration (default: 512, --quick: 256)")
    private Integer batch;

    @Option(names = "--rtol", paramLabel = "TOL", description = "the CNFs' solver tolerance, rtol = atol (default: 1e-5, --quick: 1e-3)")
    private Double rtol;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the models and the batches (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
            description = "directory for the pictures and cnf-vs-nf.csv (default: the current directory)")
    private Path out;

    @Override
    public Integer call() throws IOException {
        long cnfIters = valueOr(cnfIterations, 10_000, 2_000);
        long nfIters = valueOr(nfIterations, 500_000, 20_000);
        int batchSize = (int) valueOr(batch, 512, 256);
        double tol = rtol != null ? rtol : quick ? 1e-3 : 1e-5;
        validate(cnfIters, nfIters, batchSize);
        var info = engine.startEngine();
        PrintWriter o = spec.commandLine().getOut();
        long start = System.nanoTime();
        o.printf(Locale.ROOT, "Figures 4 and 5, seed %d, %s; CNF %d Adam iterations, NF %d RMSprop iterations, batch %d,"
                + " rtol = atol = %s%n", seed, info.describe(), cnfIters, nfIters, batchSize, tol);
        CnfExperiment base = CnfExperiment.defaults().withTolerances(tol, tol)
                .withTraining(1e-3, batchSize, "exact", 0, 0);
        List<Row> rows = new ArrayList<>();
        List<List<DensityGrid>> fig4 = new ArrayList<>();
        for (String target : TARGETS) {
            fig4.add(densityMatching(o, base.withData("moons", "kl", target), target, cnfIters, nfIters, rows));
        }
        List<List<DensityGrid>> fig5 = new ArrayList<>();
        for (String dataset : DATASETS) {
            fig5.add(maximumLikelihood(o, base.withData(dataset, "mle", null), dataset, cnfIters, nfIters, rows));
        }
        List<String> fig4Columns = new ArrayList<>(List.of("target"));
        widths.forEach(m -> fig4Columns.add("CNF M=" + m));
        layers.forEach(k -> fig4Columns.add("NF K=" + k));
        FigureGrid.write(out.resolve("cnf-vs-nf-fig4.png"), fig4Columns, TARGETS.stream().map(AnalyticDensity::displayName).toList(),
                fig4, SCALE);
        FigureGrid.write(out.resolve("cnf-vs-nf-fig5.png"), List.of("samples", "CNF M=" + MLE_SIZE, "NF K=" + MLE_SIZE),
                DATASETS, fig5, SCALE);
        CnfVsNfTable.print(o, rows, fig4Columns.subList(1, fig4Columns.size()));
        AtomicFiles.writeString(out.resolve("cnf-vs-nf.csv"), CnfVsNfTable.csv(rows, batchSize, tol, seed));
        o.printf(Locale.ROOT, "wrote cnf-vs-nf-fig4.png, cnf-vs-nf-fig5.png and cnf-vs-nf.csv in %s; wall time %.1f s%n", out,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private long valueOr(Integer given, long normal, long smoke) {
        return given != null ? given : quick ? smoke : normal;
    }

    private void validate(long cnfIters, long nfIters, int batchSize) {
        if (cnfIters < 1 || nfIters < 1) {
            throw new IllegalArgumentException("--cnf-iters and --nf-iters must be at least 1, were " + cnfIters + " and " + nfIters
                    + "; --quick picks counts that finish in minutes");
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("--batch must lie in [1, 100000], was " + batchSize);
        }
        if (widths.stream().anyMatch(m -> m < 1 || m > 4096) || layers.stream().anyMatch(k -> k < 1 || k > 1024)) {
            throw new IllegalArgumentException("--widths must lie in [1, 4096] and --layers in [1, 1024], were " + widths + " and "
                    + layers + "; the paper's are 2,8,32");
        }
    }

    /** One row of Figure 4: the target, then each CNF's density, then each NF's histogram of samples. */
    private List<DensityGrid> densityMatching(PrintWriter o, CnfExperiment kl, String target, long cnfIters, long nfIters,
            List<Row> rows) {
        AnalyticDensity density = AnalyticDensity.byId(target);
        double[] bounds = ViewBounds.around(density.sample(5_000, new SplittableRandom(seed)));
        List<DensityGrid> cells = new ArrayList<>(List.of(DensityGrid.of(density, bounds, CELLS)));
        for (int m : widths) {
            FlowRun run = FlowRun.train(o, target, "CNF M=" + m, cnf(kl, m), cnfIters);
            rows.add(new Row("4", target, run, "kl", run.finalLoss()));
            cells.add(picture(run, bounds));
        }
        for (int k : layers) {
            FlowRun run = FlowRun.train(o, target, "NF K=" + k, planar(kl, k), nfIters);
            rows.add(new Row("4", target, run, "kl", run.finalLoss()));
            cells.add(picture(run, bounds));
        }
        return cells;
    }

    /** One row of Figure 5: a histogram of the data, the CNF's density, the NF's density; rows of held-out NLL. */
    private List<DensityGrid> maximumLikelihood(PrintWriter o, CnfExperiment mle, String dataset, long cnfIters, long nfIters,
            List<Row> rows) {
        PointSet data = ToyDataset.byId(dataset).sample(5_000, 1.0, new SplittableRandom(seed));
        double[] bounds = ViewBounds.around(data);
        List<DensityGrid> cells = new ArrayList<>(List.of(SampleHistogram.of(1.0, data.toArray(), bounds, CELLS)));
        for (FlowRun run : List.of(FlowRun.train(o, dataset, "CNF M=" + MLE_SIZE, cnf(mle, MLE_SIZE), cnfIters),
                FlowRun.train(o, dataset, "NF K=" + MLE_SIZE, planar(mle, MLE_SIZE), nfIters))) {
            rows.add(new Row("5", dataset, run, "heldout_nll", heldOutNll(run)));
            cells.add(picture(run, bounds));
        }
        return cells;
    }

    private CnfExperiment cnf(CnfExperiment c, int width) {
        return c.withModel("hyper", width, c.hidden(), c.hiddenDims(), c.activation(), c.endTime(), false, c.planarLayers(),
                c.baseVariance(), seed, c.dtype());
    }

    /** A planar flow of K layers on a standard normal base, trained by RMSprop as in the paper. */
    private CnfExperiment planar(CnfExperiment c, int k) {
        return c.withModel("planar", c.width(), c.hidden(), c.hiddenDims(), c.activation(), c.endTime(), false, k, 1.0, seed,
                c.dtype()).withOptimizer("rmsprop", c.learningRate());
    }

    private static DensityGrid picture(FlowRun run, double[] bounds) {
        return run.failure() != null && run.iterations() == 0 ? null : run.frozen().densityGrid(1.0, bounds, CELLS, PICTURE_TOL);
    }

    /** {@code -mean log p(x)} over the points the session held out from training. */
    private static double heldOutNll(FlowRun run) {
        PointSet heldOut = run.session().heldOut();
        double[] log = run.frozen().logDensity(heldOut.toArray(), PICTURE_TOL, new int[1]);
        double sum = 0;
        for (double l : log) {
            sum += l;
        }
        return -sum / log.length;
    }

    /** One measured number: the figure, the target or dataset, the model's run, what was measured and its value. */
    record Row(String figure, String data, FlowRun run, String metric, double value) {
    }
}
