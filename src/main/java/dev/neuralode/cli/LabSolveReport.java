package dev.neuralode.cli;

import dev.neuralode.lab.SolveReport;
import java.io.PrintWriter;
import java.util.Locale;

/** The summary {@code lab solve} prints: one labelled line per fact of a {@link SolveReport}. */
final class LabSolveReport {

    private LabSolveReport() {
    }

    static void print(PrintWriter out, SolveReport r) {
        line(out, "problem", r.system().title());
        line(out, "settings", r.settings().describe());
        line(out, "NFE", Integer.toString(r.nfe()));
        line(out, "steps", r.accepted() + " accepted, " + r.rejected() + " rejected");
        line(out, "error", error(r));
        line(out, "wall time", String.format(Locale.ROOT, "%.1f ms (the solve alone, without the reference)", r.wallMillis()));
        for (int j = 0; j < r.drift().length; j++) {
            line(out, "drift", String.format(Locale.ROOT, "%s: max |drift| %.3e, at the end %.3e",
                    r.system().invariants().get(j).name(), maxAbs(r.drift()[j]), last(r.drift()[j])));
        }
        if (r.system().bounce() != null) {
            double[] ev = r.eventTimes();
            line(out, "events", ev.length == 0 ? "0" : String.format(Locale.ROOT, "%d, the first at t = %.10g, the last at t = %.10g",
                    ev.length, ev[0], ev[ev.length - 1]));
        }
        if (!r.completed()) {
            line(out, "failure", r.failure());
        }
    }

    private static String error(SolveReport r) {
        if (r.error() == null) {
            return "unknown: " + r.referenceNote();
        }
        double end = r.times()[r.times().length - 1];
        return String.format(Locale.ROOT, "max %.3e over %d output times, %.3e at t = %.6g (reference: %s)", r.maxError(),
                r.times().length, r.finalError(), end, r.referenceNote());
    }

    private static void line(PrintWriter out, String label, String text) {
        out.printf(Locale.ROOT, "%-10s %s%n", label, text);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double last(double[] v) {
        return v.length == 0 ? Double.NaN : v[v.length - 1];
    }
}
