package dev.neuralode.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Seeded generators of the 2D toy densities used to show continuous normalizing flows: FFJORD's
 * toy set (Grathwohl et al., 2019, their {@code toy_data.py} definitions) and the paper's two
 * circles, two moons and target (Chen et al., 2018, Figures 4 and 5), the last three also
 * available as unnormalised analytic densities ({@link AnalyticDensity}).
 */
public enum ToyDataset {

    /** sklearn's swiss roll with noise 1, its (x, z) plane divided by 5. */
    SWISSROLL("swissroll") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            for (int i = 0; i < n; i++) {
                double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
                put(xy, i, (t * Math.cos(t) + noise * rng.nextGaussian()) / 5, (t * Math.sin(t) + noise * rng.nextGaussian()) / 5);
            }
        }
    },
    /** Two concentric circles of radius 3 and 1.5, evenly spaced angles, noise 0.08 before scaling by 3. */
    CIRCLES("circles") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            double sd = 0.08 * noise;
            int outer = n - n / 2;
            for (int i = 0; i < n; i++) {
                boolean isOuter = i < outer;
                int k = isOuter ? i : i - outer;
                double angle = 2 * Math.PI * k / (isOuter ? outer : n - outer);
                double r = isOuter ? 1.0 : 0.5;
                put(xy, i, 3 * (r * Math.cos(angle) + sd * rng.nextGaussian()), 3 * (r * Math.sin(angle) + sd * rng.nextGaussian()));
            }
        }
    },
    /** Four concentric rings of radius 3, 2.25, 1.5 and 0.75 with noise 0.08. */
    RINGS("rings") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            double sd = 0.08 * noise;
            double[] radii = {1.0, 0.75, 0.5, 0.25};
            for (int i = 0; i < n; i++) {
                int ring = i % 4;
                int count = (n - ring + 3) / 4;
                double angle = 2 * Math.PI * (i / 4) / count;
                double r = 3 * radii[ring];
                put(xy, i, r * Math.cos(angle) + sd * rng.nextGaussian(), r * Math.sin(angle) + sd * rng.nextGaussian());
            }
        }
    },
    /** sklearn's two interleaving half circles with noise 0.1, scaled by 2 and shifted by (-1, -0.2). */
    MOONS("moons") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            fillMoons(xy, n, rng, 0.1 * noise, 2.0, -1.0, -0.2);
        }
    },
    /** Eight Gaussians (sd 0.5) on a circle of radius 4, all divided by 1.414. */
    EIGHT_GAUSSIANS("8gaussians") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            double sd = 0.5 * noise;
            double s = Math.sqrt(0.5);
            double[][] centres = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {s, s}, {s, -s}, {-s, s}, {-s, -s}};
            for (int i = 0; i < n; i++) {
                double[] c = centres[rng.nextInt(8)];
                put(xy, i, (4 * c[0] + sd * rng.nextGaussian()) / 1.414, (4 * c[1] + sd * rng.nextGaussian()) / 1.414);
            }
        }
    },
    /** Five curved blades: radial sd 0.3, tangential sd 0.1, rotation rate 0.25, scaled by 2. */
    PINWHEEL("pinwheel") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            int classes = 5;
            for (int i = 0; i < n; i++) {
                double radial = 1 + 0.3 * noise * rng.nextGaussian();
                double tangential = 0.1 * noise * rng.nextGaussian();
                double angle = 2 * Math.PI * (i % classes) / classes + 0.25 * Math.exp(radial);
                double c = Math.cos(angle);
                double sn = Math.sin(angle);
                put(xy, i, 2 * (radial * c + tangential * sn), 2 * (-radial * sn + tangential * c));
            }
        }
    },
    /** Two interleaved spirals, each {@code r = theta} for theta up to 3 pi, with jitter. */
    TWO_SPIRALS("2spirals") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            int half = n / 2;
            for (int i = 0; i < n; i++) {
                double t = Math.sqrt(rng.nextDouble()) * 540 * (2 * Math.PI / 360);
                double x = -Math.cos(t) * t + 0.5 * noise * rng.nextDouble();
                double y = Math.sin(t) * t + 0.5 * noise * rng.nextDouble();
                double sign = i < half ? 1 : -1;
                put(xy, i, sign * x / 3 + 0.1 * noise * rng.nextGaussian(), sign * y / 3 + 0.1 * noise * rng.nextGaussian());
            }
        }
    },
    /** A 4x4 checkerboard on [-4, 4]^2 with uniform density on the dark squares; it has no noise to scale. */
    CHECKERBOARD("checkerboard") {
        @Override
        public boolean hasNoise() {
            return false;
        }

        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            for (int i = 0; i < n; i++) {
                double x1 = 4 * rng.nextDouble() - 2;
                double x2 = rng.nextDouble() - 2 * rng.nextInt(2) + Math.floorMod((long) Math.floor(x1), 2L);
                put(xy, i, 2 * x1, 2 * x2);
            }
        }
    },
    /** The paper's two circles, as torchdiffeq's {@code cnf.py} samples them: radii 1 and 0.5, noise 0.06. */
    TWO_CIRCLES("two-circles") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            AnalyticDensity.TWO_CIRCLES.sample(xy, n, noise, rng);
        }
    },
    /** The paper's two moons: sklearn's moons with noise 0.1, centred. */
    TWO_MOONS("two-moons") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            AnalyticDensity.TWO_MOONS.sample(xy, n, noise, rng);
        }
    },
    /** The paper's target: a bullseye of a central blob and two concentric rings. */
    TARGET("target") {
        @Override
        void fill(float[] xy, int n, double noise, RandomGenerator rng) {
            AnalyticDensity.TARGET.sample(xy, n, noise, rng);
        }
    };

    private final String id;

    ToyDataset(String id) {
        this.id = id;
    }

    /** The dataset's name on the command line and in configs, e.g. {@code 8gaussians}. */
    public String id() {
        return id;
    }

    /** {@code n} points from this density, reproducible for a given generator state. */
    public PointSet sample(int n, RandomGenerator rng) {
        return sample(n, 1.0, rng);
    }

    /**
     * {@code n} points with the dataset's noise multiplied by {@code noise}: 1 is the dataset as
     * defined above, 0 its noise-free shape, 2 twice its spread. The generator is consumed exactly as
     * at 1, so the same state gives the same points apart from their spread.
     *
     * @throws IllegalArgumentException when n is negative or noise is negative or not finite
     */
    public PointSet sample(int n, double noise, RandomGenerator rng) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of points must be at least 0, was " + n);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise scale must be 0 or positive (1 is the dataset's own noise), was " + noise);
        }
        float[] xy = new float[2 * n];
        fill(xy, n, noise, rng);
        return new PointSet(id, xy);
    }

    /** Whether the dataset has noise that {@link #sample(int, double, RandomGenerator)} can scale. */
    public boolean hasNoise() {
        return true;
    }

    abstract void fill(float[] xy, int n, double noise, RandomGenerator rng);

    static void put(float[] xy, int i, double x, double y) {
        xy[2 * i] = (float) x;
        xy[2 * i + 1] = (float) y;
    }

    /**
     * sklearn's {@code make_moons}: the upper half circle {@code (cos t, sin t)} and the lower one
     * {@code (1 - cos t, 0.5 - sin t)} for t in [0, pi], Gaussian noise, then scale and shift.
     */
    static void fillMoons(float[] xy, int n, RandomGenerator rng, double noise, double scale, double dx, double dy) {
        moons(n, rng, noise, (i, x, y) -> put(xy, i, scale * x + dx, scale * y + dy));
    }

    /** Receives point {@code i} of a generator. */
    @FunctionalInterface
    interface PointSink {
        void put(int i, double x, double y);
    }

    /**
     * sklearn's {@code make_moons} unscaled: points {@code 0 .. n - n/2 - 1} on the upper half circle
     * {@code (cos t, sin t)}, the rest on the lower one {@code (1 - cos t, 0.5 - sin t)}, t evenly
     * spaced in [0, pi] on each, plus Gaussian noise of standard deviation {@code noise} per coordinate.
     */
    static void moons(int n, RandomGenerator rng, double noise, PointSink sink) {
        int upper = n - n / 2;
        for (int i = 0; i < n; i++) {
            boolean isUpper = i < upper;
            int k = isUpper ? i : i - upper;
            int count = isUpper ? upper : n - upper;
            double t = count > 1 ? Math.PI * k / (count - 1) : 0;
            double x = (isUpper ? Math.cos(t) : 1 - Math.cos(t)) + noise * rng.nextGaussian();
            double y = (isUpper ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * rng.nextGaussian();
            sink.put(i, x, y);
        }
    }

    /** Looks a dataset up by its {@link #id()}, ignoring case. */
    public static ToyDataset byId(String id) {
        for (ToyDataset d : values()) {
            if (d.id.equalsIgnoreCase(id.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + id + "'; valid datasets: "
                + Arrays.stream(values()).map(ToyDataset::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
