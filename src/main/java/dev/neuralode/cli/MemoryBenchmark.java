package dev.neuralode.cli;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.MemoryFigures;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Init;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;
import dev.neuralode.sensitivity.Sensitivity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench memory}: the paper's memory claim measured. An MLP ODE,
 * {@code f(z) = z R^T + 0.1 W2 tanh(W1 z + b1)} with R a rotation (so that trajectories keep turning
 * and the number of steps grows in proportion to T, and the backward solve stays stable) and a
 * 2-64-2 MLP, is solved over {@code [0, T]} for T in {1, 10, 100} and a loss on z(T) is
 * backpropagated with each sensitivity method. Reported: the memory the forward pass leaves for the backward pass (Java heap plus native,
 * measured after a full garbage collection), and the peak of live memory during the backward pass
 * (sampled every few evaluations), next to the forward steps. Direct backpropagation keeps every step's tensors (O(L)
 * in the number of steps L), the adjoint keeps only its output (O(1)), the checkpointed adjoint one
 * state per checkpoint (O(K)).
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Memory of direct, adjoint and checkpointed gradients as the integration time grows.")
final class MemoryBenchmark implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--batch", defaultValue = "64", description = "points in the batch (default: ${DEFAULT-VALUE})")
    private int batch;

    @Option(names = "--tol", defaultValue = "1e-5", description = "rtol = atol (default: ${DEFAULT-VALUE})")
    private double tol;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("rotation + MLP ODE, batch %d, float32, dopri5 rtol = atol = %s; live MB (heap + native, whole process)"
                + " after the forward pass and at the backward pass's peak%n", batch, tol);
        out.printf("%-14s %5s %6s %12s %12s %8s%n", "method", "T", "steps", "after fwd MB", "peak MB", "NFE bwd");
        for (Sensitivity s : List.of(Sensitivity.direct(), Sensitivity.adjoint(), Sensitivity.checkpointed(4))) {
            long first = 0;
            long last = 0;
            for (double horizon : new double[] {1, 10, 100}) {
                last = measure(out, s, horizon);
                first = first == 0 ? last : first;
            }
            out.printf("%-14s peak at T=100 / peak at T=1: %.2fx%n", name(s), last / (double) first);
        }
        return 0;
    }

    /** Prints one row and returns the peak live bytes. */
    private long measure(PrintWriter out, Sensitivity sensitivity, double horizon) {
        Tensor rotation = Tensor.fromValues(new double[] {0, -1, 1, 0}, DType.FLOAT32, 2, 2).asVariable();
        Random rng = new Random(7);
        Tensor w1 = Init.normal(rng, 1.0, DType.FLOAT32, 64, 2).asVariable();
        Tensor b1 = Init.normal(rng, 1.0, DType.FLOAT32, 64).asVariable();
        Tensor w2 = Init.normal(rng, 1 / 8.0, DType.FLOAT32, 2, 64).asVariable();
        List<Tensor> params = List.of(rotation, w1, b1, w2);
        LivePeak peak = new LivePeak();
        // The sampler sits inside the dynamics, so during the backward pass it sees the adjoint's own state.
        ParametricDynamics f = ParametricDynamics.of((t, y) -> {
            peak.sample();
            Tensor z = y.single();
            return State.of(z.linear(rotation, null).add(z.linearTanh(w1, b1).linear(w2, null).mul(0.1)));
        }, params);
        Tensor z0 = Init.normal(rng, 1.0, DType.FLOAT32, batch, 2);
        Odeint solver = Odeint.with("dopri5").tolerances(tol, tol);
        GradientSolution solution = OdeSolve.solve(solver, sensitivity, f, State.of(z0), TimeGrid.of(0, horizon));
        Tensor loss = solution.tensor(1).square().mean();
        long retained = LivePeak.liveBytes();
        peak.start();
        Grad.grad(List.of(loss), params, null, false, false);
        long peakBytes = Math.max(retained, peak.peak());
        out.printf("%-14s %5.0f %6d %12.1f %12.1f %8d%n", name(sensitivity), horizon,
                solution.forwardStats().attemptedSteps(), retained / 1e6, peakBytes / 1e6, solution.backwardStats().nfe());
        return peakBytes;
    }

    private static String name(Sensitivity s) {
        return s instanceof Sensitivity.Direct ? "direct" : s instanceof Sensitivity.Adjoint ? "adjoint" : "checkpointed";
    }

    /**
     * The peak of live memory (heap plus JavaCPP-tracked native bytes after a full collection) during
     * the backward pass, sampled every few evaluations of the dynamics because each sample costs a GC.
     */
    private static final class LivePeak {
        private static final int EVERY = 8;
        private boolean active;
        private long peak;
        private int calls;

        static long liveBytes() {
            System.gc();
            System.gc();
            MemoryFigures m = Backend.memory();
            return m.heapUsed() + m.offHeap();
        }

        void start() {
            active = true;
        }

        void sample() {
            if (active && calls++ % EVERY == 0) {
                peak = Math.max(peak, liveBytes());
            }
        }

        long peak() {
            return peak;
        }
    }
}
