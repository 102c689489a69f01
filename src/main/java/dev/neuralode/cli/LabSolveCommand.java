package dev.neuralode.cli;

import dev.neuralode.lab.Catalogue;
import dev.neuralode.lab.ExpressionException;
import dev.neuralode.lab.LabProblem;
import dev.neuralode.lab.LabSolve;
import dev.neuralode.lab.LabStep;
import dev.neuralode.lab.OdeSystem;
import dev.neuralode.lab.SolveReport;
import dev.neuralode.lab.SolveSettings;
import dev.neuralode.lab.TypedProblem;
import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.OdeSolveException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lab solve}: one solve of a catalogue problem or of a typed one, with what the window's
 * solve panel shows: the cost (NFE, accepted and rejected steps, wall time), the error against the
 * reference, the drift of the invariants and the events; {@code --steps} adds every attempted step.
 * A solve that stops before the end time still prints its report and exits with 1.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Solve one problem and print the cost, the error against the reference (closed form or dopri8 at"
                + " 1e-13), the drift of the invariants and the events.",
            "Exits with 1 when the solve stops before the end time, after printing what it reached."})
final class LabSolveCommand implements Callable<Integer> {

    /** The start and end time of a typed problem without {@code --t0} or {@code --t1}. */
    private static final double TYPED_T0 = 0;
    private static final double TYPED_T1 = 10;

    @Option(names = "--problem", paramLabel = "NAME", completionCandidates = ProblemNames.class,
            description = "a catalogue problem: ${COMPLETION-CANDIDATES}")
    private String problem;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "a parameter of the problem, such as --param mu=1000 (repeatable; the others keep their defaults)")
    private List<String> params = new ArrayList<>();

    @Option(names = "--rhs", paramLabel = "EXPR", description = "a typed problem instead: dy_i/dt as an expression in t and"
            + " y1..yn (pi, sin, exp, ln, sqrt, ^ allowed; a minus before ^ needs brackets: -(y1^2)), one --rhs per"
            + " component in order, such as --rhs y2 --rhs=-y1")
    private List<String> rhs = new ArrayList<>();

    @Option(names = "--y0", paramLabel = "LIST", description = "the typed problem's start, one value per --rhs, such as 1,0")
    private String y0;

    @Option(names = "--t0", paramLabel = "T", description = "the typed problem's start time (default " + TYPED_T0 + ")")
    private Double t0;

    @Option(names = "--t1", paramLabel = "T", description = "the typed problem's end time (default " + TYPED_T1 + ")")
    private Double t1;

    @Option(names = "--method", paramLabel = "M", defaultValue = "dopri5",
            description = "ODE method, torchdiffeq's names (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--controller", paramLabel = "C", defaultValue = "integral",
            description = "step-size controller of an adaptive method: integral, pi or pid (default: ${DEFAULT-VALUE})")
    private String controller;

    @Option(names = "--rtol", paramLabel = "R", description = "relative tolerance in (0, 1) (default 1e-6)")
    private Double rtol;

    @Option(names = "--atol", paramLabel = "A", description = "absolute tolerance in (0, 1) (default 1e-8)")
    private Double atol;

    @Option(names = "--step", paramLabel = "H", description = "the step of a fixed-grid method such as rk4 (default 0.01)")
    private Double step;

    @Option(names = "--max-steps", paramLabel = "N", description = "attempted steps before the solve gives up (default 100000)")
    private Integer maxSteps;

    @Option(names = "--steps", description = "also print every attempted step: t, h, error ratio, accepted")
    private boolean printSteps;

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The catalogue's names, for the help and shell completion. */
    static final class ProblemNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Catalogue.all().stream().map(LabProblem::name).iterator();
        }
    }

    @Override
    public Integer call() {
        SolveSettings settings = settings();
        OdeSystem system = rhs.isEmpty() ? catalogueSystem() : typedSystem();
        engine.startEngine();
        SolveReport report = LabSolve.run(system, settings);
        PrintWriter out = spec.commandLine().getOut();
        if (printSteps) {
            printSteps(out, report.steps());
        }
        LabSolveReport.print(out, report);
        return report.completed() ? 0 : 1;
    }

    private OdeSystem catalogueSystem() {
        if (problem == null) {
            throw new IllegalArgumentException("give a problem: --problem NAME (one of " + String.join(", ", new ProblemNames())
                    + "), or your own with --rhs EXPR (one per component) and --y0");
        }
        if (y0 != null || t0 != null || t1 != null) {
            throw new IllegalArgumentException("--y0, --t0 and --t1 belong to a typed problem (--rhs); a catalogue problem"
                    + " has its own start and interval: change its parameters with --param");
        }
        LabProblem p = underFlag("--problem", () -> Catalogue.byName(problem));
        Map<String, Double> values = LabProblemOptions.parameterValues(params);
        return underFlag("--param", () -> p.system(values));
    }

    private OdeSystem typedSystem() {
        if (problem != null || !params.isEmpty()) {
            throw new IllegalArgumentException("--rhs types a problem of your own: drop --problem and --param, or drop --rhs"
                    + " to solve the catalogue problem");
        }
        if (y0 == null) {
            throw new IllegalArgumentException("--rhs needs a start: --y0 with one value per --rhs, such as --y0 "
                    + String.join(",", rhs.stream().map(r -> "1").toList()));
        }
        double[] start = underFlag("--y0", () -> numbers(y0));
        try {
            return TypedProblem.of(rhs, start, t0 == null ? TYPED_T0 : t0, t1 == null ? TYPED_T1 : t1).system();
        } catch (ExpressionException e) {
            throw new IllegalArgumentException("--rhs '" + e.expression() + "': " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--y0, --t0, --t1: " + e.getMessage(), e);
        }
    }

    private SolveSettings settings() {
        Method m = LabProblemOptions.method("--method", method);
        SolveSettings defaults = SolveSettings.defaults();
        SolveSettings s = defaults.withMethod(m).withController(underFlag("--controller",
                () -> SolveSettings.Controller.byName(controller)))
                .withTolerances(tolerance("--rtol", rtol, defaults.rtol()), tolerance("--atol", atol, defaults.atol()));
        if (step != null) {
            if (m.hasErrorEstimate()) {
                throw new IllegalArgumentException("--step sets the step of a fixed-grid method (" + String.join(", ",
                        Methods.all().stream().filter(x -> !x.hasErrorEstimate()).map(Method::name).toList()) + "); "
                        + m.name() + " chooses its own steps: drop --step or choose such a method with --method");
            }
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new IllegalArgumentException("--step must be positive and finite, such as 0.01, was " + step);
            }
            s = s.withFixedStep(step);
        }
        if (maxSteps != null) {
            if (maxSteps < 1) {
                throw new IllegalArgumentException("--max-steps must be at least 1, such as 100000, was " + maxSteps);
            }
            s = s.withMaxSteps(maxSteps);
        }
        return s;
    }

    private static double tolerance(String flag, Double given, double byDefault) {
        if (given == null) {
            return byDefault;
        }
        if (!(given > 0 && given < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must lie in (0, 1), such as %.0e, was %s", flag,
                    byDefault, given));
        }
        return given;
    }

    private static void printSteps(PrintWriter out, List<LabStep> steps) {
        out.printf(Locale.ROOT, "%6s  %-22s  %-11s  %-11s  %s%n", "step", "t", "h", "error ratio", "accepted");
        for (int k = 0; k < steps.size(); k++) {
            LabStep s = steps.get(k);
            out.printf(Locale.ROOT, "%6d  %-22.15g  %-11.4e  %-11s  %s%n", k + 1, s.t(), s.h(),
                    Double.isNaN(s.errorRatio()) ? "-" : String.format(Locale.ROOT, "%.4g", s.errorRatio()),
                    s.accepted() ? "yes" : "no");
        }
    }

    /** {@code 1,0} as numbers. */
    private static double[] numbers(String list) {
        String[] parts = list.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = number(parts[i]);
        }
        return v;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number; write numbers such as 1, -0.5 or 2e-3");
        }
    }

    /** The value, or the failure's message after the flag that caused it. */
    private static <T> T underFlag(String flag, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | OdeSolveException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
    }
}
