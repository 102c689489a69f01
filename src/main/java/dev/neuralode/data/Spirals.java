package dev.neuralode.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The paper's bi-directional spirals (Chen et al., 2018, section 5.1 and appendix; generator as in
 * torchdiffeq's {@code latent_ode.py}): two fixed curves sampled on a fine grid over
 * {@code [0, stop]}, a clockwise one {@code r = a + 50 b / z}, {@code z = stop + 1 - t}, centred at
 * (-5, 0), and a counter-clockwise one {@code r = a + b z}, {@code z = t}, centred at (5, 0). Each
 * spiral picks a direction and a start uniformly among those its {@link WindowPlacement} allows, then takes {@code observed} consecutive grid
 * points (its observations, with Gaussian noise) followed by {@code extrapolated} more (its
 * noise-free future, for predictive RMSE). Times are relative to the start. The noise-free points
 * at the observation times are kept too, to measure how well a model denoises and interpolates.
 */
public final class Spirals {

    /** The generator's settings; {@link #paper()} is the Table 2 set-up. */
    public record Config(int count, int gridPoints, int observed, int extrapolated, double stop, double a, double b,
                         double noiseStd) {
        public Config {
            if (count < 1 || observed < 2 || extrapolated < 0 || gridPoints < observed + extrapolated + 1 || !(stop > 0)
                    || !(noiseStd >= 0)) {
                throw new IllegalArgumentException("bad spiral settings " + this
                        + ": need count >= 1, observed >= 2, gridPoints > observed + extrapolated, stop > 0, noise >= 0");
            }
        }

        /** 1,000 spirals, 100 observed points each and 100 more to extrapolate, noise sd 0.3. */
        public static Config paper() {
            return new Config(1000, 500, 100, 100, 6 * Math.PI, 0.0, 0.3, 0.3);
        }
    }

    /**
     * One generated spiral: its noisy observations, its noise-free continuation, its direction, and
     * the noise-free points at the observation times.
     */
    public record Spiral(IrregularSeries observed, IrregularSeries future, boolean clockwise, IrregularSeries noiseFree) {
    }

    private Spirals() {
    }

    /** Spirals whose windows start anywhere on the grid ({@link WindowPlacement#HELD_OUT}). */
    public static List<Spiral> generate(Config c, RandomGenerator rng) {
        return generate(c, WindowPlacement.HELD_OUT, rng);
    }

    /** Spirals whose windows start uniformly among the grid indices {@code placement} allows. */
    public static List<Spiral> generate(Config c, WindowPlacement placement, RandomGenerator rng) {
        int firstStart = placement.firstStart(c.observed());
        int lastStart = placement.lastStart(c.gridPoints(), c.observed(), c.extrapolated());
        double[] grid = new double[c.gridPoints()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = c.stop() * i / (grid.length - 1);
        }
        double dt = grid[1] - grid[0];
        List<Spiral> spirals = new ArrayList<>(c.count());
        int window = c.observed() + c.extrapolated();
        for (int s = 0; s < c.count(); s++) {
            boolean clockwise = rng.nextBoolean();
            int start = firstStart + rng.nextInt(lastStart - firstStart + 1);
            double[] to = new double[c.observed()];
            float[] xo = new float[2 * c.observed()];
            float[] xc = new float[2 * c.observed()];
            double[] tf = new double[c.extrapolated()];
            float[] xf = new float[2 * c.extrapolated()];
            for (int k = 0; k < window; k++) {
                double[] p = point(grid[start + k], c, clockwise);
                if (k < c.observed()) {
                    to[k] = k * dt;
                    xo[2 * k] = (float) (p[0] + c.noiseStd() * rng.nextGaussian());
                    xo[2 * k + 1] = (float) (p[1] + c.noiseStd() * rng.nextGaussian());
                    xc[2 * k] = (float) p[0];
                    xc[2 * k + 1] = (float) p[1];
                } else {
                    int j = k - c.observed();
                    tf[j] = k * dt;
                    xf[2 * j] = (float) p[0];
                    xf[2 * j + 1] = (float) p[1];
                }
            }
            String id = Integer.toString(s);
            spirals.add(new Spiral(new IrregularSeries(id, to, xo), new IrregularSeries(id, tf, xf), clockwise,
                    new IrregularSeries(id, to, xc)));
        }
        return spirals;
    }

    /** The noise-free curve point at grid time t. */
    static double[] point(double t, Config c, boolean clockwise) {
        if (clockwise) {
            double z = c.stop() + 1 - t;
            double r = c.a() + c.b() * 50 / z;
            return new double[] {r * Math.cos(z) - 5, r * Math.sin(z)};
        }
        double r = c.a() + c.b() * t;
        return new double[] {r * Math.cos(t) + 5, r * Math.sin(t)};
    }

    /** The first {@code round(fraction * n)} spirals for training and the rest for testing, after a seeded shuffle. */
    public static List<List<Spiral>> split(List<Spiral> spirals, double fraction, RandomGenerator rng) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the training fraction must be in (0, 1), was " + fraction);
        }
        List<Spiral> shuffled = new ArrayList<>(spirals);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        int train = (int) Math.round(fraction * shuffled.size());
        return List.of(List.copyOf(shuffled.subList(0, train)), List.copyOf(shuffled.subList(train, shuffled.size())));
    }
}
