package dev.neuralode.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Unnormalised analytic densities for the paper's density-matching experiment (Chen et al., 2018,
 * Figure 4: a flow is trained to minimise KL(q || p) against a known p). Each is a mixture of
 * {@link DensityComponent}s, so that the same definition gives {@code log p} here in doubles and,
 * in the model layer, as a differentiable tensor expression; samples come from the same mixture.
 */
public enum AnalyticDensity {

    /** A bullseye: a central blob (sd 0.15) and rings of radius 1 and 2 (sd 0.1), a third of the mass each. */
    TARGET("target", "bullseye") {
        @Override
        List<DensityComponent> build() {
            return List.of(DensityComponent.blob(0, 0, 0.15, 1.0 / 3),
                    DensityComponent.ring(0, 0, 1.0, 0.1, 1.0 / 3),
                    DensityComponent.ring(0, 0, 2.0, 0.1, 1.0 / 3));
        }
    },
    /**
     * sklearn's two moons centred and scaled by 2 (noise sd 0.2 after scaling). Each arc is a row of
     * 64 Gaussians, spaced less than half a standard deviation apart so that the row is smooth.
     */
    TWO_MOONS("two-moons", "two moons") {
        @Override
        List<DensityComponent> build() {
            List<DensityComponent> parts = new ArrayList<>();
            int perArc = 64;
            for (int k = 0; k < perArc; k++) {
                double t = Math.PI * k / (perArc - 1);
                parts.add(DensityComponent.blob(2 * Math.cos(t) - 1, 2 * Math.sin(t) - 0.5, 0.2, 0.5 / perArc));
                parts.add(DensityComponent.blob(2 * (1 - Math.cos(t)) - 1, 2 * (0.5 - Math.sin(t)) - 0.5, 0.2, 0.5 / perArc));
            }
            return parts;
        }

        @Override
        void sample(float[] xy, int n, double noise, RandomGenerator rng) {
            ToyDataset.fillMoons(xy, n, rng, 0.1 * noise, 2.0, -1.0, -0.5);
        }
    },
    /** Concentric rings of radius 1 and 0.5 with sd 0.06, half the mass each (torchdiffeq's cnf.py data). */
    TWO_CIRCLES("two-circles", "two circles") {
        @Override
        List<DensityComponent> build() {
            return List.of(DensityComponent.ring(0, 0, 1.0, 0.06, 0.5), DensityComponent.ring(0, 0, 0.5, 0.06, 0.5));
        }
    };

    private final String id;
    private final String displayName;
    private List<DensityComponent> components;

    AnalyticDensity(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    /** The name a person reads ("two moons", "bullseye"), where {@link #id()} is the config's spelling. */
    public String displayName() {
        return displayName;
    }

    /** The display name of a target id, or the id itself when it names no density (null gives "none"). */
    public static String displayName(String id) {
        if (id == null) {
            return "none";
        }
        try {
            return byId(id).displayName();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    abstract List<DensityComponent> build();

    /** The mixture's components; their masses sum to 1. */
    public synchronized List<DensityComponent> components() {
        if (components == null) {
            components = List.copyOf(build());
        }
        return components;
    }

    /** {@code log p(x, y)} up to the normalising error of the ring approximation (see {@link DensityComponent}). */
    public double logDensity(double x, double y) {
        double max = Double.NEGATIVE_INFINITY;
        List<DensityComponent> parts = components();
        double[] logs = new double[parts.size()];
        for (int k = 0; k < logs.length; k++) {
            logs[k] = parts.get(k).logDensity(x, y);
            max = Math.max(max, logs[k]);
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(l - max);
        }
        return max + Math.log(sum);
    }

    /** Draws from the mixture: a component by mass, then a point from it. */
    final void sample(float[] xy, int n, RandomGenerator rng) {
        sample(xy, n, 1.0, rng);
    }

    /**
     * Draws from the mixture with every component's spread (its sigma) multiplied by {@code noise};
     * 1 is the density itself, and consumes the generator exactly as {@link #sample(float[], int, RandomGenerator)}.
     */
    void sample(float[] xy, int n, double noise, RandomGenerator rng) {
        List<DensityComponent> parts = components();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            DensityComponent chosen = parts.get(parts.size() - 1);
            for (DensityComponent c : parts) {
                u -= c.mass();
                if (u < 0) {
                    chosen = c;
                    break;
                }
            }
            double[] p = chosen.sample(rng, noise);
            ToyDataset.put(xy, i, p[0], p[1]);
        }
    }

    /** {@code n} points from this density. */
    public PointSet sample(int n, RandomGenerator rng) {
        float[] xy = new float[2 * n];
        sample(xy, n, rng);
        return new PointSet(id, xy);
    }

    public static AnalyticDensity byId(String id) {
        for (AnalyticDensity d : values()) {
            if (d.id.equalsIgnoreCase(id.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown analytic density '" + id
                + "'; valid: target (the bullseye), two-moons, two-circles");
    }
}
