package dev.neuralode.autodiff.kernel;

import java.util.Arrays;

/** Shape arithmetic with NumPy broadcasting, and error messages that name the op and the shapes. */
public final class Shapes {

    private Shapes() {
    }

    /**
     * The NumPy broadcast of two shapes: align trailing axes; each pair must be equal or contain a 1.
     *
     * @throws IllegalArgumentException naming the op and both shapes when they do not broadcast
     */
    public static long[] broadcast(String op, long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + str(a) + " and " + str(b)
                        + " do not broadcast (axis " + i + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    public static String str(long[] shape) {
        return Arrays.toString(shape);
    }

    public static long length(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** Normalises a possibly negative axis against a rank, naming the op when it is out of range. */
    public static int axis(String op, int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for rank " + rank);
        }
        return a;
    }

    /** Normalised, sorted, distinct axes; an empty array means every axis. */
    public static int[] axes(String op, int[] axes, int rank) {
        if (axes.length == 0) {
            int[] all = new int[rank];
            for (int i = 0; i < rank; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = axis(op, axes[i], rank);
        }
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) {
                throw new IllegalArgumentException(op + ": axis " + out[i] + " is given twice in " + Arrays.toString(axes));
            }
        }
        return out;
    }

    /** The shape after reducing {@code axes}, keeping them as size 1 or dropping them. */
    public static long[] reduced(long[] shape, int[] axes, boolean keepDims) {
        boolean[] reduce = new boolean[shape.length];
        for (int a : axes) {
            reduce[a] = true;
        }
        long[] out = new long[keepDims ? shape.length : shape.length - axes.length];
        int j = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!reduce[i]) {
                out[j++] = shape[i];
            } else if (keepDims) {
                out[j++] = 1;
            }
        }
        return out;
    }
}
