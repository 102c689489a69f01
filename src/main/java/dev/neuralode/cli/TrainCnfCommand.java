package dev.neuralode.cli;

import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.data.PointSet;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.ExperimentCode;
import dev.neuralode.train.DensityGrid;
import dev.neuralode.train.FlowSnapshot;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.TrainingSnapshot;
import dev.neuralode.train.ViewBounds;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train cnf}: trains a 2D density model and writes {@code config.json}, {@code metrics.csv}
 * (appended and flushed every iteration, so a crash loses nothing; {@code test_nll} is the NLL of
 * the held-out points, every {@value TrainingSession#HELD_OUT_EVERY}th iteration), {@code checkpoint.ckpt}
 * (atomically, every {@code --checkpoint-every} iterations and at the end), {@code density.png} and
 * {@code morph.png} (the density from the base, s = 0, to the data, s = 1).
 */
@Command(name = "cnf", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a continuous normalizing flow (or the planar baseline) on a 2D density.")
final class TrainCnfCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Mixin
    private CnfOptions options;

    @Option(names = "--iters", defaultValue = "300", description = "iterations (default: ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--out", defaultValue = "cnf-run", description = "output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--config", description = "a config.json to start from (options given here override it)")
    private Path config;

    @Option(names = "--code", description = "an experiment code copied from the window (cnf1:dataset=...;seed=...) to"
            + " start from; options given here override it")
    private String code;

    @Option(names = "--data", description = "points of a custom dataset: a CSV of x,y or a PNG/JPEG picture")
    private Path data;

    @Option(names = "--resume", description = "continue from a checkpoint.ckpt (ignores the model options)")
    private Path resume;

    @Option(names = "--overwrite", description = "replace a run already in --out (without it, such a run is refused)")
    private boolean overwrite;

    @Option(names = "--checkpoint-every", defaultValue = "100", description = "iterations between checkpoints (default: ${DEFAULT-VALUE})")
    private int checkpointEvery;

    /** Cells per side of the density images at most: a million cells, each a solve of the density. */
    static final int MAX_GRID = 1000;

    @Option(names = "--grid", defaultValue = "100", description = "cells per side of the density images (default: ${DEFAULT-VALUE})")
    private int grid;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("--iters and --checkpoint-every must be at least 1, were " + iterations + " and "
                    + checkpointEvery);
        }
        if (grid < 4 || grid > MAX_GRID) {
            // Checked before training: the images come after it, and a grid of 20,000 (4e8 cells) ran out of memory there.
            throw new IllegalArgumentException("--grid must be between 4 and " + MAX_GRID + " cells per side, such as 100, was " + grid);
        }
        try (RunDirectory run = RunDirectory.claim(out, resume != null, overwrite, RunFiles.FILES)) {
            return train();
        }
    }

    private int train() throws Exception {
        engine.startEngine();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        TrainingSession session = resume != null ? TrainingSession.resume(resume) : newSession(err);
        CnfExperiment exp = session.config();
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("config.json"), exp.toJson());
        String task = "kl".equals(exp.objective()) ? "to match the " + AnalyticDensity.displayName(exp.target()) + " target (kl)"
                : "on " + exp.dataset() + " (mle, " + session.heldOut().size() + " points held out)";
        stdout.printf("training %s %s, %d iterations, writing to %s%n", exp.model(), task, iterations, out.toAbsolutePath());
        stdout.printf("experiment code %s%n", ExperimentCode.of(exp));
        try (RunFiles files = RunFiles.open(out, resume != null ? session.iteration() : -1, "iteration,loss,nfe_f,nfe_b,seconds,test_nll")) {
            double heldOut = Double.NaN;
            double runSeconds = 0;
            long first = session.iteration() + 1;
            long last = session.iteration() + iterations;
            for (long i = first; i <= last; i++) {
                TrainingSnapshot s = session.step();
                if (s.failed()) {
                    return files.failed(s, session::save, err);
                }
                runSeconds += s.seconds();
                boolean evaluated = Double.isFinite(s.heldOutLoss());
                heldOut = evaluated ? s.heldOutLoss() : heldOut;
                files.row(String.format(Locale.ROOT, "%d,%.6f,%d,%d,%.4f,%s", s.iteration(), s.loss(), s.nfeForward(),
                        s.nfeBackward(), s.seconds(), evaluated ? String.format(Locale.ROOT, "%.6f", s.heldOutLoss()) : ""));
                if (i == first || i == last || (i - first + 1) % Math.max(1, iterations / 20) == 0) {
                    // From this run's own pace: a resumed session's elapsed time also counts the runs before it.
                    double eta = (last - i) * runSeconds / Math.max(1, i - first + 1);
                    stdout.printf(Locale.ROOT, "iteration %d/%d  loss %.4f%s  NFE %d/%d  %.3f s/it  ETA %.0f s%n", i, last,
                            s.loss(), Double.isFinite(heldOut) ? String.format(Locale.ROOT, "  held-out NLL %.4f", heldOut) : "",
                            s.nfeForward(), s.nfeBackward(), s.seconds(), eta);
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
        writeImages(session, stdout);
        return 0;
    }

    private TrainingSession newSession(PrintWriter err) throws Exception {
        if (config != null && code != null) {
            throw new IllegalArgumentException("give either --config or --code, not both: both describe the whole experiment");
        }
        CnfExperiment base = config != null ? readConfig()
                : code != null ? ExperimentCode.parse(code) : CnfExperiment.defaults();
        if (base.isCustomData() && data == null) {
            throw new IllegalArgumentException("the experiment is on drawn points (dataset=custom), which a code or config"
                    + " does not hold: give them with --data points.csv");
        }
        PointSet points = null;
        if (data != null) {
            points = PointsFiles.read(data, err);
            base = base.withData("custom", base.objective(), base.target());
        }
        return new TrainingSession(options.apply(base), points);
    }

    /** The experiment of {@code --config}, a problem with it named with the file. */
    private CnfExperiment readConfig() throws Exception {
        if (Files.isDirectory(config)) {
            throw new IllegalArgumentException("--config " + config + " is a directory, not a config file: give the file, such as "
                    + config.resolve("config.json"));
        }
        try {
            return CnfExperiment.fromJson(Files.readString(config));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(config.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private void writeImages(TrainingSession session, PrintWriter stdout) throws Exception {
        FlowSnapshot model = session.freeze();
        double[] bounds = ViewBounds.around(session.data());
        double tol = session.config().rtol();
        List<DensityGrid> morph = new ArrayList<>();
        for (int k = 0; k <= 5; k++) {
            morph.add(model.densityGrid(k / 5.0, bounds, grid, tol));
        }
        DensityPng.write(out.resolve("density.png"), List.of(morph.get(morph.size() - 1)), Math.max(1, 400 / grid));
        DensityPng.write(out.resolve("morph.png"), morph, Math.max(1, 200 / grid));
        stdout.printf(Locale.ROOT, "wrote density.png (mass on the grid %.3f) and morph.png (s = 0, 0.2, ..., 1)%n",
                morph.get(morph.size() - 1).mass());
    }
}
