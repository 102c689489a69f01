package dev.neuralode.model.density;

import dev.neuralode.autodiff.Tensor;

/**
 * The isotropic Gaussian base density {@code N(0, variance I)} in d dimensions:
 * {@code log p(z) = -|z|^2 / (2 variance) - (d/2) log(2 pi variance)}, per row of {@code z (n, d)}.
 */
public record GaussianBase(double variance) {

    public GaussianBase {
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("the base variance must be positive and finite, was " + variance);
        }
    }

    /** The standard normal. */
    public static GaussianBase standard() {
        return new GaussianBase(1.0);
    }

    /** {@code log p(z)} as {@code (n, 1)}. */
    public Tensor logDensity(Tensor z) {
        double d = z.size(1);
        return z.square().sum(true, 1).affine(-0.5 / variance, -0.5 * d * Math.log(2 * Math.PI * variance));
    }

    /** {@code log p} at one point, in doubles (for grids). */
    public double logDensity(double... z) {
        double sq = 0;
        for (double v : z) {
            sq += v * v;
        }
        return -0.5 * sq / variance - 0.5 * z.length * Math.log(2 * Math.PI * variance);
    }
}
