package dev.neuralode.cli;

import dev.neuralode.lab.BatchCoupling;
import dev.neuralode.lab.OdeSystem;
import dev.neuralode.lab.SolveSettings;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lab batch}: a batch of initial states solved together (one shared step size) against each member
 * solved alone; see {@link BatchCoupling} for the batch and why its cost is not simply the largest member's.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Solve a batch of initial states together, sharing one step size, and each alone; print the"
            + " batch's evaluations against the sum and the largest of the members alone.",
            "The batch is the problem's start, --members - 2 starts on a circle of relative radius --radius around it,"
                + " and the start scaled by --hard-factor."})
final class LabBatchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private LabProblemOptions problem;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "dopri5",
            description = "the method (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--tol", paramLabel = "TOL", defaultValue = "1e-6", description = "rtol = atol (default: ${DEFAULT-VALUE})")
    private double tolerance;

    @Option(names = "--members", paramLabel = "N", defaultValue = "" + BatchCoupling.DEFAULT_MEMBERS,
            description = "initial states in the batch, at least 2 (default: ${DEFAULT-VALUE})")
    private int members;

    @Option(names = "--radius", paramLabel = "R", defaultValue = "" + BatchCoupling.DEFAULT_RADIUS,
            description = "how far the spread members lie from the start, relative to its size (default: ${DEFAULT-VALUE})")
    private double radius;

    @Option(names = "--hard-factor", paramLabel = "F", defaultValue = "" + BatchCoupling.DEFAULT_HARD_FACTOR,
            description = "the last member is the start times F (default: ${DEFAULT-VALUE})")
    private double hardFactor;

    @Override
    public Integer call() {
        OdeSystem system = problem.system();
        SolveSettings settings;
        try {
            settings = SolveSettings.defaults().withMethod(LabProblemOptions.method("--method", method))
                    .withTolerances(tolerance, tolerance);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("--") ? e.getMessage()
                    : "--tol: " + e.getMessage() + "; use a value such as 1e-6", e);
        }
        if (members < 2 || members > 1000 || !(radius >= 0 && radius <= 10) || !(Math.abs(hardFactor) <= 1e3)) {
            throw new IllegalArgumentException("--members must be between 2 and 1000, --radius in [0, 10] and --hard-factor"
                    + " within [-1000, 1000], such as --members 8 --radius 0.1 --hard-factor 4; were " + members + ", "
                    + radius + ", " + hardFactor);
        }
        double[][] starts = BatchCoupling.spread(system, members, radius, hardFactor);
        BatchCoupling.Result r = BatchCoupling.measure(system, settings, starts);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on [%s, %s], %s%n", system.title(), system.t0(), system.t1(), settings.describe());
        out.printf("%-7s %-40s %10s%n", "member", "start", "NFE alone");
        for (int k = 0; k < starts.length; k++) {
            BatchCoupling.Member m = r.members().get(k);
            out.printf("%-7d %-40s %10d%s%n", k, Arrays.toString(m.start()), m.nfe(),
                    m.failure() == null ? "" : "  failed: " + m.failure());
        }
        out.printf("batch NFE %d%s; alone: sum %d, largest %d; f evaluated per member in the batch %d times in all%n",
                r.batchNfe(), r.batchFailure() == null ? "" : " (failed: " + r.batchFailure() + ")", r.sumAlone(),
                r.maxAlone(), r.memberEvaluations());
        return 0;
    }
}
