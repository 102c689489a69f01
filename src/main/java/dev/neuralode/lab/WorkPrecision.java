package dev.neuralode.lab;

import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The data of a work-precision diagram (Hairer, Norsett and Wanner, Solving ODEs I, 2nd ed., II.10;
 * Hairer and Wanner, Solving ODEs II, IV.10): each adaptive method solves one problem at a range of
 * tolerances {@code rtol = atol = tol}, and each solve gives a point of cost (evaluations of {@code f},
 * wall time) against error.
 *
 * <p><b>Error</b> is the largest error over {@value #OUTPUT_POINTS} evenly spaced output times,
 * {@code max_k max_i |y_i(t_k) - ref_i(t_k)|} against the problem's {@link Reference}, not the error at
 * the end alone: the end error of an oscillator can pass near zero by chance (a phase error that
 * happens to cancel), which would put a spurious dip in a curve; the maximum along the way cannot. It
 * includes the error of the dense output between steps, as the window's curves do. The steps do not
 * depend on the output times (the engine interpolates, as torchdiffeq does), so the choice of times
 * changes what is measured, not what is solved.
 *
 * <p><b>Wall time</b> is the median of {@code repeats} identical solves (the number of evaluations and
 * the error are the same each time; the first solve's are reported). It is the solve alone, without the
 * reference, but with the lab's recording of every step, which costs every method alike per step. One
 * untimed solve comes first, so that starting the engine is not charged to the first method; the JIT
 * may still favour later rows, which is why the CLI and window show the number of evaluations beside
 * the time.
 *
 * <p><b>Fixed-grid methods</b> (euler, rk4, the Adams methods, ...) have no tolerance to sweep and are
 * refused: {@link #requireAdaptive} names the adaptive ones.
 */
public final class WorkPrecision {

    /** The output times at which the error is measured. */
    public static final int OUTPUT_POINTS = 101;

    /** Timed solves per point unless told otherwise. */
    public static final int DEFAULT_REPEATS = 3;

    private static final int MAX_POINTS = 100;

    private WorkPrecision() {
    }

    /**
     * One point of the diagram.
     *
     * @param method the method's name
     * @param tolerance {@code rtol = atol}
     * @param nfe evaluations of {@code f}; a failed solve counts none for the segment that failed (the
     *     engine reports no count with its failure), so 0 for a failed solve without events
     * @param accepted accepted steps
     * @param rejected rejected steps
     * @param error the largest error over the output times; NaN if the solve failed or there is no reference
     * @param wallMillis the median wall time of the solves
     * @param failure why the solve stopped early, or null
     */
    public record Row(String method, double tolerance, int nfe, int accepted, int rejected, double error,
            double wallMillis, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * A diagram, complete or as far as it got before it was cancelled.
     *
     * @param system the problem
     * @param rows one per method and tolerance, methods in the order given, tolerances loose to tight
     * @param referenceNote how the reference was obtained, or why there is none
     * @param cancelled whether the diagram was cancelled before every row was measured
     */
    public record Diagram(OdeSystem system, List<Row> rows, String referenceNote, boolean cancelled) {

        public Diagram {
            rows = List.copyOf(rows);
        }

        /** The rows of one method, loose to tight. */
        public List<Row> rowsOf(String method) {
            return rows.stream().filter(r -> r.method().equals(method)).toList();
        }
    }

    /** Told after each row: {@code done} of {@code total} rows are measured. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * Tolerances from text: one value ({@code 1e-6}) or a range {@code LOOSE:TIGHT} ({@code 1e-3:1e-10},
     * either end first) spaced evenly in the logarithm, loose to tight.
     *
     * @param points how many tolerances a range has; null for one per decade (8 for {@code 1e-3:1e-10})
     * @throws IllegalArgumentException naming the text and the form expected
     */
    public static double[] tolerances(String text, Integer points) {
        String[] ends = text == null ? new String[0] : text.trim().split(":", -1);
        double[] v = new double[ends.length];
        for (int k = 0; k < ends.length; k++) {
            try {
                v[k] = Double.parseDouble(ends[k].trim());
            } catch (NumberFormatException e) {
                v[k] = Double.NaN;
            }
            if (!(v[k] > 0 && v[k] < 1)) {
                throw new IllegalArgumentException("'" + text + "' is not a tolerance or a range of them: write one value in"
                        + " (0, 1) such as 1e-6, or LOOSE:TIGHT such as 1e-3:1e-10");
            }
        }
        if (ends.length == 1) {
            if (points != null && points != 1) {
                throw new IllegalArgumentException("one tolerance (" + text + ") gives one point, not " + points
                        + ": give a range such as 1e-3:1e-10 for more");
            }
            return v;
        }
        if (ends.length != 2 || v[0] == v[1]) {
            throw new IllegalArgumentException("'" + text + "' is not a range: write LOOSE:TIGHT with two different"
                    + " tolerances, such as 1e-3:1e-10");
        }
        double loose = Math.max(v[0], v[1]);
        double tight = Math.min(v[0], v[1]);
        double decades = Math.log10(loose / tight);
        int n = points != null ? points : Math.max(2, (int) Math.round(decades) + 1);
        if (n < 2 || n > MAX_POINTS) {
            throw new IllegalArgumentException("a range of tolerances needs between 2 and " + MAX_POINTS + " points, was " + n);
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = loose * Math.pow(10, -decades * k / (n - 1));
        }
        out[n - 1] = tight;
        return out;
    }

    /**
     * @throws IllegalArgumentException naming the first fixed-grid method and listing the adaptive ones
     */
    public static void requireAdaptive(List<Method> methods) {
        for (Method m : methods) {
            if (!m.hasErrorEstimate()) {
                throw new IllegalArgumentException(m.name() + " takes fixed steps and has no tolerance to sweep; a"
                        + " work-precision diagram compares the adaptive methods: " + String.join(", ", adaptiveNames()));
            }
        }
    }

    /** The names of the engine's adaptive methods. */
    public static List<String> adaptiveNames() {
        return Methods.all().stream().filter(Method::hasErrorEstimate).map(Method::name).toList();
    }

    /**
     * Measures the diagram: every method at every tolerance, {@code repeats} timed solves each. A solve
     * that fails (too many steps, a step size that underflows) gives a failed row and the diagram goes on.
     *
     * @param base the controller and step limit; its method and tolerances are replaced
     * @param progress told after each row, or null
     * @param cancelled asked before each solve; once it answers true the diagram stops and is returned as
     *     far as it got, or null for never
     * @throws IllegalArgumentException for a fixed-grid method, no methods or tolerances, or repeats below 1
     */
    public static Diagram measure(OdeSystem system, List<Method> methods, double[] tolerances, SolveSettings base,
            int repeats, Progress progress, BooleanSupplier cancelled) {
        requireAdaptive(methods);
        if (methods.isEmpty() || tolerances.length == 0 || repeats < 1) {
            throw new IllegalArgumentException("a work-precision diagram needs at least one method, one tolerance and one"
                    + " repeat, had " + methods.size() + ", " + tolerances.length + " and " + repeats);
        }
        double[] times = LabSolve.outputTimes(system, OUTPUT_POINTS);
        if (cancelled == null || !cancelled.getAsBoolean()) {
            // Untimed: starting the engine and loading classes must not be charged to the first method.
            LabSolve.run(system, base.withMethod(methods.get(0)).withTolerances(tolerances[0], tolerances[0]), times, null,
                    false);
        }
        int total = methods.size() * tolerances.length;
        List<Row> rows = new ArrayList<>();
        String note = "no row measured";
        for (Method m : methods) {
            for (double tol : tolerances) {
                SolveSettings settings = base.withMethod(m).withTolerances(tol, tol);
                SolveReport first = null;
                double[] wall = new double[repeats];
                int done = 0;
                while (done < repeats && !(cancelled != null && cancelled.getAsBoolean())) {
                    SolveReport r = LabSolve.run(system, settings, times, null, done == 0);
                    first = first == null ? r : first;
                    wall[done++] = r.wallMillis();
                    if (!r.completed()) {
                        // A failed solve fails the same way again; timing it more says nothing.
                        break;
                    }
                }
                if (done == 0 || done < repeats && first.completed()) {
                    return new Diagram(system, rows, note, true);
                }
                if (first.completed()) {
                    // A failed solve loses its outputs, and with them its reference.
                    note = first.referenceNote();
                }
                rows.add(new Row(m.name(), tol, first.nfe(), first.accepted(), first.rejected(),
                        first.completed() ? first.maxError() : Double.NaN, median(Arrays.copyOf(wall, done)),
                        first.failure()));
                if (progress != null) {
                    progress.update(rows.size(), total);
                }
            }
        }
        return new Diagram(system, rows, note, false);
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
