package dev.neuralode.lab;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.Event;
import dev.neuralode.ode.EventOccurrence;
import dev.neuralode.ode.OdeSolveException;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.Solution;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Runs one lab solve with the engine's own solver, in float64, recording every attempted step
 * through the solver's step observer. A problem with a {@link Bounce} is solved segment by segment:
 * each segment ends at the terminal event, the state is reset, and the next starts there.
 */
public final class LabSolve {

    /** Output times of a solve shown in the window: enough for a smooth curve from the dense output. */
    public static final int DENSE_POINTS = 400;

    private LabSolve() {
    }

    /** Evenly spaced output times over the problem's interval. */
    public static double[] outputTimes(OdeSystem system, int points) {
        double[] t = new double[points];
        for (int k = 0; k < points; k++) {
            t[k] = system.t0() + (system.t1() - system.t0()) * k / (points - 1);
        }
        t[points - 1] = system.t1();
        return t;
    }

    /** A solve at {@value #DENSE_POINTS} output times, measured against the problem's reference. */
    public static SolveReport run(OdeSystem system, SolveSettings settings) {
        return run(system, settings, outputTimes(system, DENSE_POINTS), null, true);
    }

    /**
     * Like {@link #run(OdeSystem, SolveSettings)}, abandoned after the step in which {@code cancelled}
     * turns true (the window drops a solve a newer request has made stale: a stiff solve can take
     * seconds).
     *
     * @throws CancellationException once {@code cancelled} answers true
     */
    public static SolveReport run(OdeSystem system, SolveSettings settings, BooleanSupplier cancelled) {
        return run(system, settings, outputTimes(system, DENSE_POINTS), null, true, cancelled);
    }

    /**
     * @param times ascending output times, the first being the start time
     * @param batch further initial states solved together with the system's own (one shared step
     *     size), or null; the report shows the first member
     * @param withReference whether to measure the error against the reference
     */
    public static SolveReport run(OdeSystem system, SolveSettings settings, double[] times, double[][] batch,
            boolean withReference) {
        return run(system, settings, times, batch, withReference, () -> false);
    }

    private static SolveReport run(OdeSystem system, SolveSettings settings, double[] times, double[][] batch,
            boolean withReference, BooleanSupplier cancelled) {
        int n = system.dimension();
        if (batch != null && system.bounce() != null) {
            throw new IllegalArgumentException(system.title() + " resets its state at events; solve its initial states"
                    + " one at a time");
        }
        double[][] starts = batch == null ? new double[][] {system.y0()} : prepend(system.y0(), batch);
        int members = starts.length;
        List<LabStep> steps = new ArrayList<>();
        List<double[]> states = new ArrayList<>();
        List<Double> reached = new ArrayList<>();
        List<Double> events = new ArrayList<>();
        double[] flat = flatten(starts);
        double tStart = times[0];
        int next = 0;
        int nfe = 0;
        String failure = null;
        long begin = System.nanoTime();
        Dynamics f = dynamics(system, members);
        while (true) {
            double[] segment = segmentTimes(tStart, times, next);
            if (segment.length < 2) {
                break;
            }
            Odeint solver = settings.solver().observer((step, s) -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("a newer request replaced this solve");
                }
                steps.add(new LabStep(step.t(), step.dt(), step.errorRatio(), step.accepted(),
                        Arrays.copyOf(s.single().toDoubleArray(), n)));
            });
            if (system.bounce() != null) {
                solver = solver.events(new Event((t, y) -> system.bounce().g().value(t,
                        Arrays.copyOf(y.single().toDoubleArray(), n)), Event.Direction.FALLING, true, 1e-12));
            }
            Solution sol;
            try {
                sol = solver.solve(f, State.of(Tensor.fromValues(flat, DType.FLOAT64, members, n)), TimeGrid.of(segment));
            } catch (OdeSolveException e) {
                failure = e.getMessage();
                break;
            }
            nfe += sol.stats().nfe();
            for (int k = tStart == times[next] ? 0 : 1; k < sol.size(); k++) {
                reached.add(sol.time(k));
                states.add(Arrays.copyOf(sol.state(k).single().toDoubleArray(), n));
                next++;
            }
            if (!sol.terminated()) {
                break;
            }
            EventOccurrence ev = sol.events().get(sol.events().size() - 1);
            if (ev.time() > times[times.length - 1]) {
                // Found in the last step, which may pass the end time (as in torchdiffeq): not part of this solve.
                break;
            }
            events.add(ev.time());
            if (events.size() >= system.bounce().maxEvents()) {
                failure = "stopped after " + events.size() + " events at t = " + ev.time()
                        + ": the events come ever closer together (Zeno behaviour)";
                break;
            }
            flat = system.bounce().reset().apply(ev.state().single().toDoubleArray());
            tStart = ev.time();
        }
        long wall = System.nanoTime() - begin;
        double[] t = reached.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] y = states.toArray(double[][]::new);
        double[][] ref = null;
        String note = "no reference requested";
        double[] error = null;
        if (withReference && t.length > 0) {
            Reference r = Reference.of(system, t);
            ref = r.states();
            note = r.note();
            error = ref == null ? null : errors(y, ref);
        }
        return new SolveReport(system, settings, t, y, List.copyOf(steps), nfe, wall,
                events.stream().mapToDouble(Double::doubleValue).toArray(), ref, note, error, drift(system, y), failure);
    }

    /**
     * The right-hand side applied row by row to a batch of shape (members, n). Each evaluation crosses
     * to the kernels twice, once to read the state and once to hand back the derivative; the rows are
     * staged in two arrays made once per solve (the solver evaluates on one thread).
     */
    private static Dynamics dynamics(OdeSystem system, int members) {
        int n = system.dimension();
        double[] row = new double[n];
        double[] out = new double[n];
        return Dynamics.of((t, z) -> {
            double[] y = z.toDoubleArray();
            double[] dy = new double[y.length];
            if (members == 1) {
                system.f().derivative(t, y, dy);
            } else {
                for (int m = 0; m < members; m++) {
                    System.arraycopy(y, m * n, row, 0, n);
                    system.f().derivative(t, row, out);
                    System.arraycopy(out, 0, dy, m * n, n);
                }
            }
            return Tensor.fromValues(dy, DType.FLOAT64, members, n);
        });
    }

    /** {@code tStart} followed by the output times after it. */
    private static double[] segmentTimes(double tStart, double[] times, int next) {
        List<Double> s = new ArrayList<>();
        s.add(tStart);
        for (int k = next; k < times.length; k++) {
            if (times[k] > tStart) {
                s.add(times[k]);
            }
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] errors(double[][] y, double[][] ref) {
        double[] e = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            for (int i = 0; i < y[k].length; i++) {
                e[k] = Math.max(e[k], Math.abs(y[k][i] - ref[k][i]));
            }
        }
        return e;
    }

    private static double[][] drift(OdeSystem system, double[][] y) {
        double[][] d = new double[system.invariants().size()][y.length];
        for (int j = 0; j < d.length; j++) {
            Invariant inv = system.invariants().get(j);
            double initial = inv.value().applyAsDouble(system.y0());
            for (int k = 0; k < y.length; k++) {
                d[j][k] = inv.value().applyAsDouble(y[k]) - initial;
            }
        }
        return d;
    }

    private static double[][] prepend(double[] first, double[][] rest) {
        double[][] all = new double[rest.length + 1][];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static double[] flatten(double[][] rows) {
        int n = rows[0].length;
        double[] flat = new double[rows.length * n];
        for (int m = 0; m < rows.length; m++) {
            if (rows[m].length != n) {
                throw new IllegalArgumentException("initial state " + m + " has " + rows[m].length + " components, the"
                        + " problem has " + n);
            }
            System.arraycopy(rows[m], 0, flat, m * n, n);
        }
        return flat;
    }
}
