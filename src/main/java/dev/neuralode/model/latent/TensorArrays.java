package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;

/** Conversions of time-major tensors into the plain arrays that views and tables use. */
final class TensorArrays {

    private TensorArrays() {
    }

    /** A time-major tensor {@code (T, B, D)} as {@code [B][T][D]}. */
    static double[][][] byBatch(Tensor x) {
        if (x.rank() != 3) {
            throw new IllegalArgumentException("byBatch needs a (T, B, D) tensor, was " + x);
        }
        int t = (int) x.size(0);
        int b = (int) x.size(1);
        int d = (int) x.size(2);
        double[] v = x.toDoubleArray();
        double[][][] out = new double[b][t][d];
        for (int i = 0; i < t; i++) {
            for (int s = 0; s < b; s++) {
                System.arraycopy(v, (i * b + s) * d, out[s][i], 0, d);
            }
        }
        return out;
    }
}
