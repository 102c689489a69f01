package dev.neuralode.cli;

import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.NativeCalls;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Init;
import java.io.PrintWriter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench autodiff}: an MLP 2-64-64-2 with tanh at batch 512 in float32. Measures forward
 * plus backward into the parameters, and the same for a loss on the exact trace of the Jacobian
 * {@code tr(df/dz)} (two vector-Jacobian products recorded with createGraph, then a second-order
 * backward), as a continuous normalizing flow needs.
 */
@Command(name = "autodiff", mixinStandardHelpOptions = true,
        description = "MLP 2-64-64-2 tanh, batch 512, float32: forward+backward, and with an exact-trace second-order gradient.")
final class AutodiffBench implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--batch", defaultValue = "512", description = "batch size (default: ${DEFAULT-VALUE})")
    private int batch;

    @Option(names = "--runs", defaultValue = "200", description = "measured passes (default: ${DEFAULT-VALUE})")
    private int runs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Tensor[] params;
    private Tensor z;
    private final Tensor[] unit = new Tensor[2];

    @Override
    public Integer call() {
        engine.startEngine();
        Random rng = new Random(0);
        params = new Tensor[] {
            param(rng, 64, 2), param(rng, 64), param(rng, 64, 64), param(rng, 64), param(rng, 2, 64), param(rng, 2)};
        z = Init.normal(rng, 1.0, DType.FLOAT32, batch, 2);
        for (int i = 0; i < 2; i++) {
            double[] e = new double[batch * 2];
            for (int r = 0; r < batch; r++) {
                e[2 * r + i] = 1.0;
            }
            unit[i] = Tensor.fromValues(e, DType.FLOAT32, batch, 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("MLP 2-64-64-2 tanh, batch %d, float32, %s%n", batch, engine.describeKernels());
        report(out, "forward+backward", this::firstOrder);
        report(out, "exact trace, 2nd order", this::traceSecondOrder);
        return 0;
    }

    private void report(PrintWriter out, String name, Runnable pass) {
        double seconds = Stopwatch.medianSeconds(Math.max(20, runs / 5), runs, pass);
        long calls = NativeCalls.count(pass);
        out.printf("  %-24s %9.1f us/pass  %4d native calls/pass%n", name, seconds * 1e6, calls);
    }

    private static Tensor param(Random rng, long... shape) {
        double bound = 1.0 / Math.sqrt(shape[shape.length - 1]);
        double[] v = new double[(int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        for (int i = 0; i < v.length; i++) {
            v[i] = bound * (2 * rng.nextDouble() - 1);
        }
        return Tensor.fromValues(v, DType.FLOAT32, shape).asVariable();
    }

    private Tensor mlp(Tensor x) {
        Tensor h = x.linearTanh(params[0], params[1]);
        h = h.linearTanh(params[2], params[3]);
        return h.linear(params[4], params[5]);
    }

    private void firstOrder() {
        Tensor loss = mlp(z).square().mean();
        Grad.grad(List.of(loss), List.of(params), null, false, false);
    }

    private void traceSecondOrder() {
        Tensor zv = z.asVariable();
        Tensor f = mlp(zv);
        Tensor trace = null;
        for (int i = 0; i < 2; i++) {
            Tensor e = unit[i];
            Tensor g = Grad.grad(List.of(f), List.of(zv), List.of(e), true, false).get(0).selectColumns(i);
            trace = trace == null ? g : trace.add(g);
        }
        Tensor loss = trace.mean();
        // The output bias b3 does not enter the Jacobian, so its gradient is legitimately absent.
        Grad.grad(List.of(loss), List.of(params), null, false, true);
    }
}
