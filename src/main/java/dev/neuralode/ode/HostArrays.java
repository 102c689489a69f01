package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;

/**
 * Reads tensor values into reusable Java arrays. Error norms and
 * finiteness checks run on these, off the tape: for a batch of a few thousand elements a Java loop
 * costs microseconds, while every ND4J call costs tens.
 */
final class HostArrays {

    private HostArrays() {
    }

    /** Copies the values of {@code t} (C order) into {@code dst}, which must have its length. */
    static void read(Tensor t, double[] dst) {
        t.readInto(dst);
    }

    /** One buffer per state part, sized to the part. */
    static double[][] buffersFor(State y) {
        long[] lengths = y.lengths();
        double[][] b = new double[lengths.length][];
        for (int p = 0; p < b.length; p++) {
            if (lengths[p] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("state part " + p + " has " + lengths[p] + " elements, more than a"
                        + " Java array holds");
            }
            b[p] = new double[(int) lengths[p]];
        }
        return b;
    }

    /** Reads every part of {@code y} into {@code dst}. */
    static void read(State y, double[][] dst) {
        for (int p = 0; p < dst.length; p++) {
            read(y.part(p), dst[p]);
        }
    }

    static boolean allFinite(double[][] v) {
        for (double[] part : v) {
            for (double x : part) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
