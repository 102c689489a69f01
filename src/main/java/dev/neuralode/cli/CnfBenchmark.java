package dev.neuralode.cli;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.DensityGrid;
import dev.neuralode.train.FlowSnapshot;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.TrainingSnapshot;
import dev.neuralode.train.ViewBounds;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench cnf}: the two anchor workloads of torchdiffeq measurements, over the first 33
 * iterations from initialisation (NFE grows with training, so compare at equal NFE), plus the cost
 * of one 100 x 100 log-density frame for the explorer's heatmap.
 * <ul>
 *   <li>torchdiffeq's {@code cnf.py}: hypernetwork CNF (width 64, hidden 32), two circles, batch 512,
 *       exact trace, adjoint, dopri5 at 1e-5 and 1e-3;</li>
 *   <li>an FFJORD-style MLP 2-64-64-64-2 (ConcatSquash, tanh), Hutchinson (Rademacher), T = 0.5,
 *       circles, batch 512, adjoint, dopri5 at 1e-5.</li>
 * </ul>
 */
@Command(name = "cnf", mixinStandardHelpOptions = true,
        description = "Seconds per CNF training iteration (cnf.py hypernetwork and FFJORD MLP), with NFE; one density frame.")
final class CnfBenchmark implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--iterations", defaultValue = "33", description = "iterations from initialisation (default: ${DEFAULT-VALUE})")
    private int iterations;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        CnfExperiment hyper = CnfExperiment.defaults().withData("two-circles", "mle", null);
        CnfExperiment mlp = CnfExperiment.defaults().withData("circles", "mle", null)
                .withModel("mlp", 64, 32, List.of(64, 64, 64), "tanh", 0.5, false, 32, 1.0, 0, "float32")
                .withTraining(1e-3, 512, "hutchinson-rademacher", 0, 0);
        // Short runs of separate sessions first, so that the JIT has compiled the hot loops of both
        // models (the MLP's Hutchinson estimator takes second-order paths the hypernetwork never
        // does) before anything is timed; the timed sessions still start from initialisation.
        run(hyper, 10);
        run(mlp, 10);
        report(out, "cnf.py hypernetwork, tol 1e-5", run(hyper, iterations), "0.310 s, NFE 56/32");
        report(out, "cnf.py hypernetwork, tol 1e-3", run(hyper.withTolerances(1e-3, 1e-3), iterations), "0.210 s, NFE 38/26");
        report(out, "FFJORD MLP 64-64-64, Hutchinson", run(mlp, iterations), "0.125 s, NFE 26/20");
        TrainingSession session = new TrainingSession(hyper, null);
        session.step();
        FlowSnapshot model = session.freeze();
        double[] bounds = ViewBounds.around(session.data());
        double[] ms = new double[7];
        int nfe = 0;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            DensityGrid g = model.densityGrid(1.0, bounds, 100, 1e-5);
            ms[i] = (System.nanoTime() - start) / 1e6;
            nfe = g.nfe();
        }
        Arrays.sort(ms);
        out.printf("  %-34s %7.0f ms per 100x100 frame, NFE %d   (target: at most 150 ms)%n", "log-density frame, tol 1e-5",
                ms[ms.length / 2], nfe);
        return 0;
    }

    private static TrainingSnapshot[] run(CnfExperiment config, int n) {
        TrainingSession session = new TrainingSession(config, null);
        TrainingSnapshot[] snapshots = new TrainingSnapshot[n];
        for (int i = 0; i < n; i++) {
            snapshots[i] = session.step();
        }
        return snapshots;
    }

    private static void report(PrintWriter out, String name, TrainingSnapshot[] s, String torchdiffeq) {
        double seconds = 0;
        double nfeF = 0;
        double nfeB = 0;
        for (TrainingSnapshot snap : s) {
            seconds += snap.seconds() / s.length;
            nfeF += snap.nfeForward() / (double) s.length;
            nfeB += snap.nfeBackward() / (double) s.length;
        }
        out.printf("  %-34s %7.3f s per iteration, NFE %.0f/%.0f   (torchdiffeq: %s)%n", name, seconds, nfeF, nfeB, torchdiffeq);
    }
}
