package dev.neuralode.data;

import java.util.random.RandomGenerator;

/**
 * One part of an {@link AnalyticDensity} mixture, carrying probability {@code mass}.
 *
 * <ul>
 *   <li>A blob: the isotropic Gaussian {@code N(c, sigma^2 I)},
 *       {@code p = mass / (2 pi sigma^2) exp(-|x - c|^2 / (2 sigma^2))}.</li>
 *   <li>A ring of radius R: uniform angle, Gaussian radius,
 *       {@code p ~ mass / (2 pi R) N(|x - c| - R; 0, sigma^2)}; this normalisation is exact as
 *       {@code sigma / R -> 0} and within 1% for {@code sigma / R <= 0.15}.</li>
 * </ul>
 */
public record DensityComponent(boolean ring, double cx, double cy, double radius, double sigma, double mass) {

    static DensityComponent blob(double cx, double cy, double sigma, double mass) {
        return new DensityComponent(false, cx, cy, 0, sigma, mass);
    }

    static DensityComponent ring(double cx, double cy, double radius, double sigma, double mass) {
        return new DensityComponent(true, cx, cy, radius, sigma, mass);
    }

    /** {@code log} of this component's density at (x, y). */
    public double logDensity(double x, double y) {
        double d = Math.hypot(x - cx, y - cy);
        if (ring) {
            double e = d - radius;
            return Math.log(mass / (2 * Math.PI * radius * Math.sqrt(2 * Math.PI) * sigma)) - e * e / (2 * sigma * sigma);
        }
        return Math.log(mass / (2 * Math.PI * sigma * sigma)) - d * d / (2 * sigma * sigma);
    }

    /** A point of this component with its spread scaled by {@code noise} (1: the component itself). */
    double[] sample(RandomGenerator rng, double noise) {
        double sd = sigma * noise;
        if (ring) {
            double angle = 2 * Math.PI * rng.nextDouble();
            double r = radius + sd * rng.nextGaussian();
            return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
        }
        return new double[] {cx + sd * rng.nextGaussian(), cy + sd * rng.nextGaussian()};
    }
}
