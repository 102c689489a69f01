package dev.neuralode.cli;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench solve}: dopri5 on the torchdiffeq reference MLP ODE from t = 0 to 1, timed per
 * tolerance as the median of several solves after warm-up, with the share spent evaluating f. The
 * docs/benchmarks.md ("Benchmark: bench solve") gives torchdiffeq's times beside these.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Time dopri5 on the reference MLP ODE (batch 1024, float32) at rtol = atol = 1e-3, 1e-5, 1e-7.",
            "torchdiffeq: 35 ms (38 NFE), 68 ms (74 NFE), 154 ms (176 NFE)."})
final class SolveBenchmark implements Callable<Integer> {

    private static final Map<Double, String> TORCHDIFFEQ = Map.of(1e-3, " (torchdiffeq 35 ms, 38 NFE)",
            1e-5, " (torchdiffeq 68 ms, 74 NFE)", 1e-7, " (torchdiffeq 154 ms, 176 NFE)");

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--tol", split = ",", paramLabel = "TOL", description = "tolerances (rtol = atol), default: ${DEFAULT-VALUE}",
            defaultValue = "1e-3,1e-5,1e-7")
    private List<Double> tolerances;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1024", description = "points per batch (default: ${DEFAULT-VALUE})")
    private int batch;

    @Option(names = "--dtype", defaultValue = "float32", description = "float32 or float64 (default: ${DEFAULT-VALUE})")
    private String dtype;

    @Option(names = "--jit-warmup-seconds", defaultValue = "3",
            description = "seconds of untimed solves before anything is timed (default: ${DEFAULT-VALUE})")
    private double jitWarmupSeconds;

    @Option(names = "--warmup", defaultValue = "5", description = "untimed solves per tolerance (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--repeats", defaultValue = "15", description = "timed solves per tolerance (default: ${DEFAULT-VALUE})")
    private int repeats;

    @Option(names = "--weights", paramLabel = "DIR",
            description = "directory with W1..b3 and z0 .npy files (default: the bundled copy of the reference)")
    private Path weights;

    @Override
    public Integer call() {
        if (batch < 1 || repeats < 1 || warmup < 0) {
            throw new IllegalArgumentException("--batch and --repeats must be at least 1 and --warmup at least 0, were "
                    + batch + ", " + repeats + ", " + warmup);
        }
        DType type = switch (dtype) {
            case "float32" -> DType.FLOAT32;
            case "float64" -> DType.FLOAT64;
            default -> throw new IllegalArgumentException("--dtype must be float32 or float64, was " + dtype);
        };
        var info = engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("dopri5 on the reference MLP ODE, batch %d, %s, %s%n", batch, dtype, info.describe());
        MlpOde f = new MlpOde(weights, type);
        Tensor z0 = MlpOde.initialPoints(weights, type, batch);
        // Let the JIT compile the hot loops before anything is timed; a few solves are not enough.
        long warmUntil = System.nanoTime() + (long) (jitWarmupSeconds * 1e9);
        while (System.nanoTime() < warmUntil) {
            Odeint.with(Methods.DOPRI5).tolerances(1e-5, 1e-5).solve(f, z0, 0.0, 1.0);
        }
        for (int i = 0; i < tolerances.size(); i++) {
            double tol = tolerances.get(i);
            Odeint solver = Odeint.with(Methods.DOPRI5).tolerances(tol, tol);
            Solution s = null;
            for (int w = 0; w < warmup; w++) {
                s = solver.solve(f, z0, 0.0, 1.0);
            }
            double[] total = new double[repeats];
            double[] inF = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                f.resetTimer();
                long start = System.nanoTime();
                s = solver.solve(f, z0, 0.0, 1.0);
                total[r] = (System.nanoTime() - start) / 1e6;
                inF[r] = f.nanosInF() / 1e6;
            }
            double median = median(total);
            double medianF = median(inF);
            String reference = TORCHDIFFEQ.getOrDefault(tol, "");
            out.printf("tol %-7s NFE %4d  steps %3d  %8.1f ms per solve%s, f %.1f ms (%.2f ms per evaluation),"
                    + " solver %.1f ms%n", tol, s.stats().nfe(), s.stats().attemptedSteps(), median, reference, medianF,
                    medianF / s.stats().nfe(), median - medianF);
        }
        return 0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
