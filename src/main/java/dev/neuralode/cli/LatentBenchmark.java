package dev.neuralode.cli;

import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.Spirals;
import dev.neuralode.model.latent.Elbo;
import dev.neuralode.model.latent.IrregularBatch;
import dev.neuralode.model.latent.LatentOde;
import dev.neuralode.model.latent.LatentOdeConfig;
import dev.neuralode.model.latent.TrajectorySolver;
import dev.neuralode.nn.Adam;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench latent}: one training iteration of torchdiffeq's {@code latent_ode.py} set-up, timed
 * as the median over several iterations after warm-up. The data are 1,000 spirals (a 500-point
 * curve grid, 100 samples each, noise 0.3), all in one batch on one shared time grid; the model is
 * latent 4, dynamics 4-20-20-4 with ELU, RNN 25 over the points, decoder 4-20-2; Adam at lr 0.01;
 * dopri5 at {@code rtol = 1e-7}, {@code atol = 1e-9}; gradients by backpropagation through the
 * solver. docs/benchmarks.md ("Benchmark: bench latent") gives torchdiffeq's time beside this one.
 *
 * <p>The forward NFE grows as the dynamics train (about 70 at the first iteration), and the time
 * per iteration grows with it; so the timed iterations start once the NFE has reached
 * {@code --target-nfe} (default 200, near torchdiffeq's figure), or after {@code --max-warmup}
 * iterations.
 */
@Command(name = "latent", mixinStandardHelpOptions = true,
        description = {"Time a training iteration of torchdiffeq's latent_ode.py set-up (1,000 spirals in one batch,"
            + " dopri5 at 1e-7/1e-9, backprop through the solver).", "torchdiffeq: 0.427 s per iteration, about 220 forward NFE."})
final class LatentBenchmark implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--spirals", defaultValue = "1000", description = "spirals in the batch (default: ${DEFAULT-VALUE})")
    private int spirals;

    @Option(names = "--target-nfe", defaultValue = "200",
            description = "train untimed until the forward NFE reaches this (default: ${DEFAULT-VALUE})")
    private int targetNfe;

    @Option(names = "--max-warmup", defaultValue = "600",
            description = "at most this many untimed iterations (default: ${DEFAULT-VALUE})")
    private int maxWarmup;

    @Option(names = "--iters", defaultValue = "15", description = "timed iterations (default: ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--adjoint", description = "gradients by the adjoint method instead of backprop through the solver")
    private boolean adjoint;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the data and the weights (default: ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() {
        if (spirals < 1 || iterations < 1 || maxWarmup < 0) {
            throw new IllegalArgumentException("--spirals and --iters must be at least 1 and --max-warmup at least 0, were "
                    + spirals + ", " + iterations + ", " + maxWarmup);
        }
        var info = engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("latent_ode.py set-up: %d spirals x 100 samples in one batch, float32, %s, %s%n", spirals, info.describe(),
                engine.describeKernels());
        Spirals.Config paper = Spirals.Config.paper();
        Spirals.Config c = new Spirals.Config(spirals, paper.gridPoints(), paper.observed(), 0, paper.stop(), paper.a(), paper.b(),
                paper.noiseStd());
        List<IrregularSeries> data = new ArrayList<>();
        for (Spirals.Spiral s : Spirals.generate(c, new SplittableRandom(seed))) {
            data.add(s.observed());
        }
        LatentOde model = new LatentOde(LatentOdeConfig.torchdiffeqExample(), new SplittableRandom(seed + 1));
        if (adjoint) {
            model.setSolver(TrajectorySolver.adjoint(model.solver().odeint()));
        }
        Adam adam = new Adam(model.namedParameters(), 0.01);
        SplittableRandom noise = new SplittableRandom(seed + 2);
        IrregularBatch batch = IrregularBatch.of(data, model.dtype());
        int warm = 0;
        long warmStart = System.nanoTime();
        int lastNfe = 0;
        while (warm < maxWarmup && lastNfe < targetNfe) {
            Timed t = step(model, adam, batch, noise);
            lastNfe = t.nfe();
            warm++;
            if (warm % 25 == 0) {
                out.printf("warm-up %d: %.3f s, NFE %d, loss %.2f%n", warm, t.seconds(), lastNfe, t.loss());
            }
        }
        out.printf("%d untimed iterations (%.1f s) to forward NFE %d; timing %d iterations%n", warm,
                (System.nanoTime() - warmStart) / 1e9, lastNfe, iterations);
        double[] seconds = new double[iterations];
        double[] forward = new double[iterations];
        int[] nfe = new int[iterations];
        int[] nfeBackward = new int[iterations];
        for (int it = 0; it < iterations; it++) {
            Timed t = step(model, adam, batch, noise);
            seconds[it] = t.seconds();
            forward[it] = t.forwardSeconds();
            nfe[it] = t.nfe();
            nfeBackward[it] = t.backwardNfe();
            out.printf("iteration %2d: %.3f s (forward %.3f s), NFE %d/%d, loss %.2f%n", it + 1, t.seconds(), t.forwardSeconds(),
                    nfe[it], nfeBackward[it], t.loss());
        }
        double median = median(seconds);
        double meanNfe = Arrays.stream(nfe).average().orElse(0);
        out.printf("%s: median %.3f s per iteration (forward %.3f s, backward and Adam %.3f s), forward NFE %d to %d"
                + " (%.2f ms per forward NFE), backward NFE %.0f; torchdiffeq %s%n", adjoint ? "adjoint" : "direct", median,
                median(forward), median - median(forward), Arrays.stream(nfe).min().orElse(0), Arrays.stream(nfe).max().orElse(0),
                1e3 * median / meanNfe, Arrays.stream(nfeBackward).average().orElse(0),
                adjoint ? "2.70 s, about 1,800 backward NFE" : "0.427 s, about 220 NFE (1.94 ms)");
        return 0;
    }

    /** One timed training iteration. */
    private record Timed(double seconds, double forwardSeconds, double loss, int nfe, int backwardNfe) {
    }

    /** One Adam step on the ELBO, its activations in a workspace that the next step reuses. */
    private static Timed step(LatentOde model, Adam adam, IrregularBatch batch, SplittableRandom noise) {
        long start = System.nanoTime();
        Timed t = adam.step(() -> {
            Elbo elbo = model.elbo(batch, noise);
            double forward = (System.nanoTime() - start) / 1e9;
            elbo.loss().backward();
            return new Timed(0, forward, elbo.loss().item(), elbo.nfe(), elbo.backwardNfe());
        });
        return new Timed((System.nanoTime() - start) / 1e9, t.forwardSeconds(), t.loss(), t.nfe(), t.backwardNfe());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
