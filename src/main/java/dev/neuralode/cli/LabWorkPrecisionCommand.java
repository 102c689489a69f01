package dev.neuralode.cli;

import dev.neuralode.lab.OdeSystem;
import dev.neuralode.lab.SolveSettings;
import dev.neuralode.lab.WorkPrecision;
import dev.neuralode.ode.Method;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lab work-precision}: the table behind a work-precision diagram (see {@link WorkPrecision}): each
 * method at each tolerance {@code rtol = atol}, with its evaluations, steps, error and wall time.
 */
@Command(name = "work-precision", mixinStandardHelpOptions = true,
        description = {"Solve one problem with several adaptive methods over a range of tolerances (rtol = atol) and print"
            + " cost against error: the table behind a work-precision diagram.",
            "The error is the largest over " + WorkPrecision.OUTPUT_POINTS + " evenly spaced times against the reference;"
                + " the wall time is the median of --repeats solves."})
final class LabWorkPrecisionCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private LabProblemOptions problem;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--methods", split = ",", paramLabel = "METHOD", defaultValue = "dopri5,tsit5,bosh3,dopri8",
            description = "adaptive methods, comma-separated (default: ${DEFAULT-VALUE})")
    private List<String> methods;

    @Option(names = "--tols", paramLabel = "LOOSE:TIGHT", defaultValue = "1e-3:1e-10",
            description = "tolerances: a range spaced evenly in the logarithm, or one value (default: ${DEFAULT-VALUE})")
    private String tolerances;

    @Option(names = "--points", paramLabel = "N", description = "tolerances in the range (default: one per decade)")
    private Integer points;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "" + WorkPrecision.DEFAULT_REPEATS,
            description = "timed solves per point, the median is reported (default: ${DEFAULT-VALUE})")
    private int repeats;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "100000",
            description = "attempted steps before a solve is marked failed (default: ${DEFAULT-VALUE})")
    private int maxSteps;

    @Override
    public Integer call() {
        OdeSystem system = problem.system();
        List<Method> chosen = new ArrayList<>();
        for (String m : methods) {
            chosen.add(LabProblemOptions.method("--methods", m));
        }
        try {
            WorkPrecision.requireAdaptive(chosen);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--methods: " + e.getMessage(), e);
        }
        double[] tols;
        try {
            tols = WorkPrecision.tolerances(tolerances, points);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((points == null ? "--tols: " : "--tols, --points: ") + e.getMessage(), e);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1, such as 3, was " + repeats);
        }
        SolveSettings base;
        try {
            base = SolveSettings.defaults().withMaxSteps(maxSteps);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--max-steps: " + e.getMessage(), e);
        }
        WorkPrecision.Diagram d = WorkPrecision.measure(system, chosen, tols, base, repeats, null, null);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on [%s, %s], rtol = atol = tol; error: largest over %d times against the %s; wall: median of %d%n",
                system.title(), system.t0(), system.t1(), WorkPrecision.OUTPUT_POINTS, d.referenceNote(), repeats);
        out.printf("%-14s %9s %8s %9s %9s %11s %10s%n", "method", "tol", "NFE", "accepted", "rejected", "error", "wall ms");
        for (WorkPrecision.Row r : d.rows()) {
            out.printf("%-14s %9.2e %8d %9d %9d %11s %10.2f%s%n", r.method(), r.tolerance(), r.nfe(), r.accepted(),
                    r.rejected(), Double.isNaN(r.error()) ? "-" : String.format(Locale.ROOT, "%.3e", r.error()),
                    r.wallMillis(), r.failed() ? "  failed: " + r.failure() : "");
        }
        return 0;
    }
}
