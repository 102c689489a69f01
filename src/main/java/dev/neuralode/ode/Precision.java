package dev.neuralode.ode;

import dev.neuralode.autodiff.kernel.DType;

/**
 * Arithmetic on times in the state's dtype. torchdiffeq keeps time in float64 but casts {@code t0},
 * {@code dt} and the nodes to the state dtype before forming stage times, and computes the initial step
 * size in the state dtype; rounding the same operations here hands {@code f} the same float32 times
 * and starts from the same first step.
 */
enum Precision {
    FLOAT32 {
        @Override
        double round(double x) {
            return (float) x;
        }

        @Override
        double justBefore(double t, double from) {
            float f = (float) t;
            return from < t ? Math.nextDown(f) : Math.nextUp(f);
        }
    },
    FLOAT64 {
        @Override
        double round(double x) {
            return x;
        }

        @Override
        double justBefore(double t, double from) {
            return from < t ? Math.nextDown(t) : Math.nextUp(t);
        }
    };

    /** The precision of a state dtype. */
    static Precision of(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> FLOAT32;
            case FLOAT64 -> FLOAT64;
        };
    }

    /** {@code x} rounded to this precision. */
    abstract double round(double x);

    /** The representable time next to {@code t} on the side of {@code from} (one ulp before the step end). */
    abstract double justBefore(double t, double from);

    /** The representable time next to {@code t} away from {@code from} (one ulp past a jump). */
    double justAfter(double t, double from) {
        return justBefore(t, 2 * t - from);
    }

    /** {@code t0 + c h} computed in this precision. */
    double stageTime(double t0, double c, double h) {
        return round(round(t0) + round(round(c) * round(h)));
    }
}
