package dev.neuralode.autodiff;

import java.util.Random;
import java.util.function.Function;

/** The package-private {@link GradCheck}, opened to tests of the layers built on the autodiff. */
public final class GradChecks {

    private GradChecks() {
    }

    /** First- and second-order finite-difference checks in float64 (see {@link GradCheck}). */
    public static void check(String name, Function<Tensor[], Tensor> f, Tensor... inputValues) {
        GradCheck.check(name, f, inputValues);
    }

    /** Random float64 values in [lo, hi), as a constant. */
    public static Tensor uniform(Random rng, double lo, double hi, long... shape) {
        return GradCheck.uniform(rng, lo, hi, shape);
    }
}
