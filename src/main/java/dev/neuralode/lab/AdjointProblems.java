package dev.neuralode.lab;

import java.util.List;
import java.util.Locale;

/**
 * The problems of the adjoint's truth, named as in the {@link Catalogue} and built from tensors so
 * that gradients flow through them. Each has a loss on its final state,
 * {@code L = sum_i z_i(T)^2} ({@link AdjointProblem#loss}).
 */
public final class AdjointProblems {

    /** Non-chaotic problems may run long horizons; this only keeps a mistyped one from running for hours. */
    private static final double LONG = 1000;

    private static final List<AdjointProblem> ALL = List.of(
            new AdjointProblem("exponential-decay", "Exponential decay",
                    "z' = -k z. Contracting: the adjoint, solving z backwards, amplifies the forward error by exp(k T),"
                            + " the reconstruction error the checkpointed adjoint removes (ANODE, Gholami et al. 2019).",
                    List.of(Parameter.log("k", "rate k", 0.1, 100, 1)), List.of("z"), new double[] {1}, LONG,
                    new VectorField() {
                        @Override
                        public void f(double[] z, double[] th, double[] out) {
                            out[0] = -th[0] * z[0];
                        }

                        @Override
                        public void vjp(double[] z, double[] th, double[] a, double[] dz, double[] dth) {
                            dz[0] = -th[0] * a[0];
                            dth[0] = -a[0] * z[0];
                        }
                    }),
            new AdjointProblem("harmonic-oscillator", "Harmonic oscillator",
                    "x' = v, v' = -omega^2 x - c v. Neither contracting nor expanding much when lightly damped: every"
                            + " method agrees, and direct backpropagation's memory grows with the oscillations.",
                    List.of(Parameter.linear("omega", "angular frequency omega", 0.1, 10, 1),
                            Parameter.linear("damping", "damping c", 0, 2, 0.1)),
                    List.of("x", "v"), new double[] {1, 0}, LONG,
                    new VectorField() {
                        @Override
                        public void f(double[] z, double[] th, double[] out) {
                            out[0] = z[1];
                            out[1] = -th[0] * th[0] * z[0] - th[1] * z[1];
                        }

                        @Override
                        public void vjp(double[] z, double[] th, double[] a, double[] dz, double[] dth) {
                            dz[0] = -th[0] * th[0] * a[1];
                            dz[1] = a[0] - th[1] * a[1];
                            dth[0] = -2 * th[0] * z[0] * a[1];
                            dth[1] = -z[1] * a[1];
                        }
                    }),
            new AdjointProblem("van-der-pol", "Van der Pol oscillator",
                    "x' = v, v' = mu (1 - x^2) v - x. A limit cycle attracts every orbit: mildly contracting across it,"
                            + " stiff for large mu.",
                    List.of(Parameter.log("mu", "damping mu", 0.1, 10, 1)), List.of("x", "v"), new double[] {2, 0}, LONG,
                    new VectorField() {
                        @Override
                        public void f(double[] z, double[] th, double[] out) {
                            out[0] = z[1];
                            out[1] = th[0] * (1 - z[0] * z[0]) * z[1] - z[0];
                        }

                        @Override
                        public void vjp(double[] z, double[] th, double[] a, double[] dz, double[] dth) {
                            dz[0] = (-2 * th[0] * z[0] * z[1] - 1) * a[1];
                            dz[1] = a[0] + th[0] * (1 - z[0] * z[0]) * a[1];
                            dth[0] = (1 - z[0] * z[0]) * z[1] * a[1];
                        }
                    }),
            new AdjointProblem("lorenz", "Lorenz system",
                    "x' = sigma (y - x), y' = x (rho - z) - y, z' = x y - beta z. Chaotic: gradients over long horizons"
                            + " grow like exp(0.9 T), so the lab stops at T = 20.",
                    List.of(Parameter.linear("sigma", "sigma", 0.1, 30, 10), Parameter.linear("rho", "rho", 0.1, 50, 28),
                            Parameter.linear("beta", "beta", 0.1, 10, 8.0 / 3)),
                    List.of("x", "y", "z"), new double[] {1, 1, 1}, 20,
                    new VectorField() {
                        @Override
                        public void f(double[] s, double[] th, double[] out) {
                            out[0] = th[0] * (s[1] - s[0]);
                            out[1] = s[0] * (th[1] - s[2]) - s[1];
                            out[2] = s[0] * s[1] - th[2] * s[2];
                        }

                        @Override
                        public void vjp(double[] s, double[] th, double[] a, double[] ds, double[] dth) {
                            ds[0] = -th[0] * a[0] + (th[1] - s[2]) * a[1] + s[1] * a[2];
                            ds[1] = th[0] * a[0] - a[1] + s[0] * a[2];
                            ds[2] = -s[0] * a[1] - th[2] * a[2];
                            dth[0] = (s[1] - s[0]) * a[0];
                            dth[1] = s[0] * a[1];
                            dth[2] = -s[2] * a[2];
                        }
                    }));

    private AdjointProblems() {
    }

    public static List<AdjointProblem> all() {
        return ALL;
    }

    /**
     * The problem with this command-line name.
     *
     * @throws IllegalArgumentException listing the names
     */
    public static AdjointProblem byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown problem '" + name + "' for the adjoint; the"
                        + " problems are " + String.join(", ", ALL.stream().map(AdjointProblem::name).toList())));
    }
}
