package dev.neuralode.cli;

import dev.neuralode.lab.AdjointProblem;
import dev.neuralode.lab.AdjointProblems;
import dev.neuralode.lab.AdjointReport;
import dev.neuralode.lab.AdjointTruth;
import dev.neuralode.lab.SolveSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lab adjoint}: the adjoint's truth on the command line. For each horizon T and each way to the
 * gradient of {@code L = sum z(T)^2} (direct backpropagation, the adjoint of Chen et al. 2018, the
 * adjoint checkpointed at every step of Zhuang et al. 2020, central finite differences): the relative
 * error against the reference, the largest error of the backward reconstruction of z(t) (Gholami et al.
 * 2019), the forward and backward evaluations, and the memory the forward pass keeps for the backward
 * pass. Options are read as text and checked here, so a bad value is one line naming the flag.
 */
@Command(name = "adjoint", mixinStandardHelpOptions = true,
        description = "Gradients by direct backpropagation, the adjoint, the checkpointed adjoint and finite"
                + " differences: their errors, the adjoint's reconstruction error, NFE and memory as T grows.")
final class LabAdjointCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--problem", defaultValue = "exponential-decay", paramLabel = "NAME",
            description = "exponential-decay, harmonic-oscillator, van-der-pol or lorenz (default: ${DEFAULT-VALUE})")
    private String problem;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter value, such as k=20; repeatable")
    private List<String> params = List.of();

    @Option(names = "--horizons", defaultValue = "1,10,100", paramLabel = "T,T,...",
            description = "integration horizons T (default: ${DEFAULT-VALUE}; lorenz allows up to 20)")
    private String horizons;

    @Option(names = "--method", defaultValue = "dopri5", paramLabel = "M",
            description = "the solver of the four methods, such as dopri5, bosh3 or rk4 (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--rtol", defaultValue = "1e-6", description = "relative tolerance (default: ${DEFAULT-VALUE})")
    private String rtol;

    @Option(names = "--atol", defaultValue = "1e-8", description = "absolute tolerance (default: ${DEFAULT-VALUE})")
    private String atol;

    @Option(names = "--no-fd", description = "skip finite differences (2 n extra solves per horizon)")
    private boolean noFiniteDifferences;

    @Option(names = "--live", description = "also measure live heap plus native memory over each forward pass (two"
            + " full garbage collections per method; noise-level for these small states, where the tape column is exact)")
    private boolean live;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AdjointProblem p;
        try {
            p = AdjointProblems.byName(problem);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--problem: " + e.getMessage(), e);
        }
        Map<String, Double> values = parameters(p);
        double[] ts = horizons();
        SolveSettings settings = SolveSettings.defaults().withMethod(LabProblemOptions.method("--method", method));
        try {
            settings = settings.withTolerances(number("--rtol", rtol), number("--atol", atol));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("--") ? e.getMessage()
                    : "--rtol/--atol: " + e.getMessage() + ", such as --rtol 1e-6 --atol 1e-8", e);
        }
        try {
            for (double t : ts) {
                p.checkHorizon(t);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--horizons: " + e.getMessage(), e);
        }
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s, %s; loss L = sum z(T)^2%n", p.system(values).title(), settings.describe());
        List<AdjointReport> reports = AdjointTruth.sweep(p, values, settings, ts,
                new AdjointTruth.Options(!noFiniteDifferences, live, 50), null, null);
        out.println("reference: " + reports.get(0).referenceNote());
        out.printf("%8s  %-21s %11s %14s %8s %8s %11s %10s %9s%n", "T", "method", "rel. error", "reconstr. err",
                "NFE fwd", "NFE bwd", "tape KB", "live KB", "ms");
        for (AdjointReport r : reports) {
            for (AdjointReport.MethodResult m : r.methods()) {
                row(out, r.horizon(), m);
            }
        }
        return 0;
    }

    private static void row(PrintWriter out, double horizon, AdjointReport.MethodResult m) {
        if (m.failed()) {
            out.printf("%8.4g  %-21s failed: %s%n", horizon, m.method().label(), m.failure());
            return;
        }
        String reconstruction = m.reconstruction() == null ? "-" : String.format("%.3e", m.reconstruction().maxError());
        String live = m.liveBytes() < 0 ? "-" : String.format("%.1f", m.liveBytes() / 1024.0);
        out.printf("%8.4g  %-21s %11.3e %14s %8d %8d %11.1f %10s %9.1f%n", horizon, m.method().label(), m.relativeError(),
                reconstruction, m.forwardNfe(), m.backwardNfe(), m.tapeBytes() / 1024.0, live, m.wallNanos() / 1e6);
    }

    private Map<String, Double> parameters(AdjointProblem p) {
        Map<String, Double> values = LabProblemOptions.parameterValues(params);
        try {
            p.resolve(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--param: " + e.getMessage(), e);
        }
        return values;
    }

    private double[] horizons() {
        String[] parts = horizons.split(",");
        double[] ts = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ts[i] = number("--horizons", parts[i]);
        }
        return ts;
    }

    private static double number(String flag, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, such as 1e-6 or 10, was '" + text.trim() + "'");
        }
    }
}
