package dev.neuralode.ode;

import dev.neuralode.autodiff.GradMode;

/**
 * The automatic first step of Hairer, Norsett and Wanner, Solving ODEs I (2nd ed.), section II.4,
 * as torchdiffeq's {@code _select_initial_step} computes it (in the state's dtype, one extra
 * evaluation of f):
 *
 * <pre>
 *   sc = atol + |y0| rtol,  d0 = norm(y0 / sc),  d1 = norm(f0 / sc)
 *   h0 = 0.01 d0 / d1   (1e-6 if d0 or d1 < 1e-5)
 *   d2 = norm((f(t0 + h0, y0 + h0 f0) - f0) / sc) / h0
 *   h1 = (0.01 / max(d1, d2))^(1/(p+1))   (max(1e-6, 1e-3 h0) if d1, d2 <= 1e-15)
 *   h  = min(100 h0, h1)
 * </pre>
 *
 * where p is the order of the embedded solution (4 for dopri5). Nothing here is recorded on the tape.
 */
final class InitialStep {

    private InitialStep() {
    }

    /**
     * @param direction +1 or -1: the sign of time
     * @return the magnitude of the first step
     */
    @SuppressWarnings("try") // the scope object only switches recording off
    static double select(Evaluator f, double t0, State y0, State f0, int direction, int embeddedOrder,
            Tolerances tolerances, ErrorNorm norm, Precision p) {
        try (var g = GradMode.disabled()) {
            double[][] y = HostArrays.buffersFor(y0);
            double[][] scale = HostArrays.buffersFor(y0);
            double[][] d = HostArrays.buffersFor(y0);
            HostArrays.read(y0, y);
            for (int part = 0; part < y.length; part++) {
                double rtol = p.round(tolerances.rtol(part));
                double atol = p.round(tolerances.atol(part));
                for (int i = 0; i < y[part].length; i++) {
                    scale[part][i] = p.round(atol + p.round(Math.abs(y[part][i]) * rtol));
                }
            }
            double d0 = p.round(norm.of(divide(y, scale, d, p)));
            HostArrays.read(f0, y);
            double[][] fStart = copy(y);
            double d1 = p.round(norm.of(divide(y, scale, d, p)));
            double h0 = d0 < 1e-5 || d1 < 1e-5 ? p.round(1e-6) : p.round(p.round(0.01 * d0) / d1);
            State y1 = State.combine(new double[] {1.0, direction * h0}, new State[] {y0.detach(), f0.detach()});
            State f1 = f.at(p.round(p.round(t0) + direction * h0), y1);
            HostArrays.read(f1, y);
            for (int part = 0; part < y.length; part++) {
                for (int i = 0; i < y[part].length; i++) {
                    y[part][i] = p.round(y[part][i] - fStart[part][i]);
                }
            }
            double d2 = p.round(p.round(norm.of(divide(y, scale, d, p))) / h0);
            double h1;
            if (d1 <= 1e-15 && d2 <= 1e-15) {
                h1 = Math.max(p.round(1e-6), p.round(h0 * 1e-3));
            } else {
                h1 = p.round(Math.pow(p.round(0.01 / Math.max(d1, d2)), p.round(1.0 / (embeddedOrder + 1))));
            }
            return Math.min(p.round(100 * h0), h1);
        }
    }

    private static double[][] divide(double[][] a, double[][] b, double[][] out, Precision p) {
        for (int part = 0; part < a.length; part++) {
            for (int i = 0; i < a[part].length; i++) {
                // A zero scale (atol = 0 at a zero component) would give 0/0; such a component says nothing.
                out[part][i] = b[part][i] == 0 ? 0 : p.round(a[part][i] / b[part][i]);
            }
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
