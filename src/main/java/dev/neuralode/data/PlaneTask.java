package dev.neuralode.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Two-class datasets in the plane (TensorFlow Playground's task, classification of 2D points), each
 * generated from a seed with Gaussian noise of standard deviation {@code noise} added to every
 * coordinate. Class 0 takes the first {@code n - n/2} points and class 1 the rest, so the classes are
 * balanced.
 *
 * <ul>
 *   <li>{@link #CIRCLES}: Dupont, Doucet and Teh's task (2019, "Augmented Neural ODEs", section 4.1):
 *       the disc {@code |x| <= 0.5} is class 0, the ring {@code 1 <= |x| <= 1.5} around it class 1,
 *       points uniform by area in each. A flow of the plane is a homeomorphism, so it cannot move the
 *       disc out of the ring: no Neural ODE in 2D followed by a linear classifier separates them.</li>
 *   <li>{@link #MOONS}: sklearn's two moons ({@link ToyDataset#moons}), centred on the origin.</li>
 *   <li>{@link #SPIRALS}: two interleaved spirals, {@code r = 1.5 t / (3 pi)} at angle {@code t} and
 *       {@code t + pi} for t in [0, 3 pi].</li>
 *   <li>{@link #XOR}: the four quadrants of {@code [-1.5, 1.5]^2} kept 0.15 off the axes, class 1
 *       where the signs of x and y differ.</li>
 * </ul>
 */
public enum PlaneTask {

    CIRCLES("circles") {
        @Override
        void fill(double[] xy, int n, RandomGenerator rng) {
            int inner = n - n / 2;
            for (int i = 0; i < n; i++) {
                // Uniform by area: r^2 uniform between the squared radii.
                double r = i < inner ? 0.5 * Math.sqrt(rng.nextDouble()) : Math.sqrt(1 + 1.25 * rng.nextDouble());
                double angle = 2 * Math.PI * rng.nextDouble();
                xy[2 * i] = r * Math.cos(angle);
                xy[2 * i + 1] = r * Math.sin(angle);
            }
        }
    },
    MOONS("moons") {
        @Override
        void fill(double[] xy, int n, RandomGenerator rng) {
            ToyDataset.moons(n, rng, 0, (i, x, y) -> {
                xy[2 * i] = x - 0.5;
                xy[2 * i + 1] = y - 0.25;
            });
        }
    },
    SPIRALS("spirals") {
        @Override
        void fill(double[] xy, int n, RandomGenerator rng) {
            int first = n - n / 2;
            for (int i = 0; i < n; i++) {
                // sqrt spreads the points evenly along the arc, whose length grows as t^2.
                double t = 3 * Math.PI * Math.sqrt(rng.nextDouble());
                double r = 1.5 * t / (3 * Math.PI);
                double angle = i < first ? t : t + Math.PI;
                xy[2 * i] = r * Math.cos(angle);
                xy[2 * i + 1] = r * Math.sin(angle);
            }
        }
    },
    XOR("xor") {
        @Override
        void fill(double[] xy, int n, RandomGenerator rng) {
            int first = n - n / 2;
            for (int i = 0; i < n; i++) {
                // Class 0 alternates the quadrants (+,+) and (-,-), class 1 (+,-) and (-,+).
                int k = i < first ? i : i - first;
                double sx = k % 2 == 0 ? 1 : -1;
                double sy = (i < first) == (k % 2 == 0) ? 1 : -1;
                xy[2 * i] = sx * (0.15 + 1.35 * rng.nextDouble());
                xy[2 * i + 1] = sy * (0.15 + 1.35 * rng.nextDouble());
            }
        }
    };

    private final String id;

    PlaneTask(String id) {
        this.id = id;
    }

    /** The name on the command line and in configs. */
    public String id() {
        return id;
    }

    /**
     * {@code n} labelled points, the same for the same arguments.
     *
     * @param noise standard deviation of the Gaussian noise added to each coordinate, 0 for none
     * @throws IllegalArgumentException when n is below 2 or the noise is negative or not finite
     */
    public LabelledPoints generate(int n, double noise, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("a two-class dataset needs at least 2 points, was " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("the noise must be 0 or more, such as 0.02, was " + noise);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] xy = new double[2 * n];
        fill(xy, n, rng);
        int[] labels = new int[n];
        for (int i = n - n / 2; i < n; i++) {
            labels[i] = 1;
        }
        if (noise > 0) {
            for (int k = 0; k < xy.length; k++) {
                xy[k] += noise * rng.nextGaussian();
            }
        }
        return new LabelledPoints(xy, labels);
    }

    /** Writes the noise-free points, class 0 first ({@code n - n/2} of them), then class 1. */
    abstract void fill(double[] xy, int n, RandomGenerator rng);

    /** @throws IllegalArgumentException naming the value and the choices */
    public static PlaneTask byId(String id) {
        for (PlaneTask t : values()) {
            if (t.id.equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + id + "'; choose one of "
                + Arrays.stream(values()).map(PlaneTask::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
