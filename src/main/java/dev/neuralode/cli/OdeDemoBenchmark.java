package dev.neuralode.cli;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Init;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Parameter;
import dev.neuralode.nn.RMSprop;
import dev.neuralode.nn.Sequential;
import dev.neuralode.nn.Tanh;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;
import dev.neuralode.sensitivity.Sensitivity;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench ode-demo}: torchdiffeq's {@code examples/ode_demo.py} training loop. The true
 * dynamics {@code dy/dt = y^3 A}, {@code A = [[-0.1, 2], [-2, -0.1]]}, {@code y0 = [2, 0]}, sampled
 * at 1,000 times on [0, 25]; batches of 20 windows of 10 time points; the model
 * {@code f(y) = MLP_{2-50-2, tanh}(y^3)} with weights N(0, 0.1) and zero biases; RMSprop at lr 1e-3;
 * L1 loss; dopri5 at torchdiffeq's default tolerances (rtol 1e-7, atol 1e-9). Reports milliseconds
 * per training iteration with the forward and backward NFE, for direct backpropagation and the adjoint.
 */
@Command(name = "ode-demo", mixinStandardHelpOptions = true,
        description = "torchdiffeq's ode_demo training iteration, direct and adjoint.")
final class OdeDemoBenchmark implements Callable<Integer> {

    private static final int DATA = 1000;
    private static final int WINDOWS = 20;
    private static final int LENGTH = 10;

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--iterations", defaultValue = "150", description = "measured iterations (default: ${DEFAULT-VALUE})")
    private int iterations;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Tensor trueY;
    private double[] windowTimes;

    @Override
    public Integer call() {
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        double[] t = TimeGrid.linspace(0, 25, DATA).times();
        windowTimes = Arrays.copyOf(t, LENGTH);
        Tensor a = Tensor.fromValues(new double[] {-0.1, 2.0, -2.0, -0.1}, DType.FLOAT32, 2, 2);
        try (var off = GradMode.disabled()) {
            Solution truth = Odeint.with("dopri5").solve((time, y) -> y.pow(3.0).matmul(a),
                    Tensor.fromValues(new double[] {2, 0}, DType.FLOAT32, 1, 2), t);
            trueY = truth.stacked(0);
        }
        out.printf("ode_demo: MLP 2-50-2 on y^3, %d windows of %d points, RMSprop 1e-3, dopri5 rtol 1e-7 atol 1e-9, float32%n",
                WINDOWS, LENGTH);
        run(out, "direct", Sensitivity.direct(), "16.6 ms, 44 NFE");
        run(out, "adjoint", Sensitivity.adjoint(), "66 ms, 126 backward NFE");
        return 0;
    }

    private void run(PrintWriter out, String name, Sensitivity sensitivity, String torchdiffeq) {
        Random rng = new Random(0);
        Sequential net = new Sequential(new Linear(2, 50, rng), new Tanh(), new Linear(50, 2, rng));
        for (var e : net.namedParameters().entrySet()) {
            Parameter p = e.getValue();
            p.set(e.getKey().endsWith("weight") ? Init.normal(rng, 0.1, DType.FLOAT32, p.shape()) : Tensor.zeros(DType.FLOAT32, p.shape()));
        }
        RMSprop optimizer = new RMSprop(net.namedParameters(), 1e-3);
        int warmup = Math.max(20, iterations / 5);
        double[] ms = new double[iterations];
        long nfeForward = 0;
        long nfeBackward = 0;
        for (int it = 0; it < warmup + iterations; it++) {
            long start = System.nanoTime();
            int[] starts = windows(rng);
            GradientSolution s = OdeSolve.solve(Odeint.with("dopri5"), sensitivity, dynamics(net),
                    State.of(trueY.select(0, starts)), TimeGrid.of(windowTimes));
            Tensor target = Tensor.stack(0, targetRows(starts));
            Tensor loss = s.stacked(0).sub(target).abs().mean();
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            if (it >= warmup) {
                ms[it - warmup] = (System.nanoTime() - start) / 1e6;
                nfeForward += s.forwardStats().nfe();
                nfeBackward += s.backwardStats().nfe();
            }
        }
        Arrays.sort(ms);
        out.printf("  %-8s %7.2f ms per iteration (median of %d), NFE forward %.0f, backward %.0f   (torchdiffeq: %s)%n",
                name, ms[iterations / 2], iterations, nfeForward / (double) iterations, nfeBackward / (double) iterations,
                torchdiffeq);
    }

    private static ParametricDynamics dynamics(Sequential net) {
        List<Tensor> params = net.parameters().stream().map(Parameter::tensor).toList();
        return ParametricDynamics.of((t, y) -> State.of(net.forward(y.single().pow(3.0))), params);
    }

    /** Window starts drawn without replacement, as numpy's choice(replace=False). */
    private static int[] windows(Random rng) {
        int[] pool = new int[DATA - LENGTH];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = i;
        }
        for (int i = 0; i < WINDOWS; i++) {
            int j = i + rng.nextInt(pool.length - i);
            int tmp = pool[i];
            pool[i] = pool[j];
            pool[j] = tmp;
        }
        return Arrays.copyOf(pool, WINDOWS);
    }

    /** The true states of every window at each of its times: {@code (WINDOWS, 1, 2)} per time. */
    private Tensor[] targetRows(int[] starts) {
        Tensor[] rows = new Tensor[LENGTH];
        for (int k = 0; k < LENGTH; k++) {
            int[] idx = new int[WINDOWS];
            for (int w = 0; w < WINDOWS; w++) {
                idx[w] = starts[w] + k;
            }
            rows[k] = trueY.select(0, idx);
        }
        return rows;
    }
}
