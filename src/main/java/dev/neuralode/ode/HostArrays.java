package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads tensor values into reusable Java arrays, without copies on the native side. Error norms and
 * finiteness checks run on these, off the tape: for a batch of a few thousand elements a Java loop
 * costs microseconds, while every ND4J call costs tens.
 */
final class HostArrays {

    private HostArrays() {
    }

    /** Copies the values of {@code t} (C order) into {@code dst}, which must have its length. */
    static void read(Tensor t, double[] dst) {
        INDArray v = t.value();
        if (v.isView() || v.ordering() != 'c') {
            v = v.dup('c');
        }
        int n = dst.length;
        int offset = (int) v.offset();
        if (v.dataType() == DataType.FLOAT) {
            FloatBuffer b = v.data().asNioFloat();
            for (int i = 0; i < n; i++) {
                dst[i] = b.get(offset + i);
            }
        } else if (v.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = v.data().asNioDouble();
            b.position(offset);
            b.get(dst, 0, n);
        } else {
            double[] all = v.castTo(DataType.DOUBLE).data().asDouble();
            System.arraycopy(all, 0, dst, 0, n);
        }
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
