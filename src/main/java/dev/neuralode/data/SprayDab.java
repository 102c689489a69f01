package dev.neuralode.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One dab of the drawing canvas's spray brush: a centre, a radius and an intensity in (0, 1].
 * A stroke is a list of dabs; {@link #spray} turns dabs into points, uniformly within each disc,
 * {@code ceil(intensity * POINTS_PER_DAB)} points per dab.
 */
public record SprayDab(double x, double y, double radius, double intensity) {

    /** Points one dab of full intensity adds. */
    public static final int POINTS_PER_DAB = 12;

    public SprayDab {
        if (!(radius > 0) || !(intensity > 0 && intensity <= 1) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a dab needs a finite centre, radius > 0 and intensity in (0, 1]; was ("
                    + x + ", " + y + "), radius " + radius + ", intensity " + intensity);
        }
    }

    /** The points sprayed by a stroke, row-major {@code (n, 2)}. */
    public static float[] spray(List<SprayDab> stroke, RandomGenerator rng) {
        int total = 0;
        for (SprayDab d : stroke) {
            total += d.count();
        }
        float[] xy = new float[2 * total];
        int i = 0;
        for (SprayDab d : stroke) {
            for (int k = 0; k < d.count(); k++, i++) {
                // sqrt(u) makes the density uniform over the disc's area rather than its radius.
                double r = d.radius * Math.sqrt(rng.nextDouble());
                double angle = 2 * Math.PI * rng.nextDouble();
                xy[2 * i] = (float) (d.x + r * Math.cos(angle));
                xy[2 * i + 1] = (float) (d.y + r * Math.sin(angle));
            }
        }
        return xy;
    }

    int count() {
        return (int) Math.ceil(intensity * POINTS_PER_DAB);
    }
}
