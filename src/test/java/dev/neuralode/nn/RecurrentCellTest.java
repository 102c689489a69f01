package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** GRU and RNN cells against plain-Java implementations of PyTorch's equations, names, gradients. */
class RecurrentCellTest {

    private static final DType F64 = DType.FLOAT64;
    private final Random rng = new Random(23);

    private static double[][] matrix(Tensor a) {
        long[] shape = a.shape();
        if (shape.length != 2) {
            throw new IllegalArgumentException("not a matrix: " + java.util.Arrays.toString(shape));
        }
        double[] v = a.toDoubleArray();
        int cols = (int) shape[1];
        double[][] m = new double[(int) shape[0]][];
        for (int i = 0; i < m.length; i++) {
            m[i] = java.util.Arrays.copyOfRange(v, i * cols, (i + 1) * cols);
        }
        return m;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** Row {@code k} of {@code W} dotted with {@code v}, plus {@code b[k]}. */
    private static double affine(double[][] w, double[] b, int k, double[] v) {
        double s = b[k];
        for (int j = 0; j < v.length; j++) {
            s += w[k][j] * v[j];
        }
        return s;
    }

    /** PyTorch's GRUCell equations, one sample at a time, gate rows r = [0, H), z = [H, 2H), n = [2H, 3H). */
    private static double[][] referenceGru(RecurrentCell cell, double[][] x, double[][] h) {
        double[][] wih = matrix(cell.parameter("weight_ih").value());
        double[][] whh = matrix(cell.parameter("weight_hh").value());
        double[] bih = cell.parameter("bias_ih").value().toDoubleArray();
        double[] bhh = cell.parameter("bias_hh").value().toDoubleArray();
        int hs = cell.hiddenSize();
        double[][] out = new double[x.length][hs];
        for (int s = 0; s < x.length; s++) {
            for (int k = 0; k < hs; k++) {
                double r = sigmoid(affine(wih, bih, k, x[s]) + affine(whh, bhh, k, h[s]));
                double z = sigmoid(affine(wih, bih, hs + k, x[s]) + affine(whh, bhh, hs + k, h[s]));
                double n = Math.tanh(affine(wih, bih, 2 * hs + k, x[s]) + r * affine(whh, bhh, 2 * hs + k, h[s]));
                out[s][k] = (1 - z) * n + z * h[s][k];
            }
        }
        return out;
    }

    private static double[][] referenceRnn(RecurrentCell cell, double[][] x, double[][] h) {
        double[][] wih = matrix(cell.parameter("weight_ih").value());
        double[][] whh = matrix(cell.parameter("weight_hh").value());
        double[] bih = cell.parameter("bias_ih").value().toDoubleArray();
        double[] bhh = cell.parameter("bias_hh").value().toDoubleArray();
        double[][] out = new double[x.length][cell.hiddenSize()];
        for (int s = 0; s < x.length; s++) {
            for (int k = 0; k < cell.hiddenSize(); k++) {
                out[s][k] = Math.tanh(affine(wih, bih, k, x[s]) + affine(whh, bhh, k, h[s]));
            }
        }
        return out;
    }

    private static double[] flat(double[][] m) {
        return java.util.Arrays.stream(m).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    @Test
    void gruMatchesPytorchsEquations() {
        GRUCell cell = new GRUCell(4, 5, true, F64, new SplittableRandom(2));
        Tensor x = GradChecks.uniform(rng, -2, 2, 3, 4);
        Tensor h = GradChecks.uniform(rng, -1, 1, 3, 5);
        Tensor next = cell.forward(x, h);
        assertArrayEquals(flat(referenceGru(cell, matrix(x), matrix(h))), next.toDoubleArray(), 1e-12);
    }

    @Test
    void gruWithZeroParametersHalvesTheState() {
        // r = z = sigmoid(0) = 1/2 and n = tanh(0) = 0, so h' = (1 - 1/2) 0 + h / 2.
        GRUCell cell = new GRUCell(2, 3, true, F64, new SplittableRandom(2));
        cell.parameters().forEach(p -> p.set(p.value().mul(0.0)));
        Tensor h = Tensor.fromRows(new double[][] {{1, -2, 4}}, F64);
        assertArrayEquals(new double[] {0.5, -1, 2}, cell.forward(Tensor.ones(F64, 1, 2), h).toDoubleArray(), 0);
    }

    @Test
    void rnnMatchesPytorchsEquations() {
        RNNCell cell = new RNNCell(3, 4, true, F64, new SplittableRandom(3));
        Tensor x = GradChecks.uniform(rng, -2, 2, 2, 3);
        Tensor h = GradChecks.uniform(rng, -1, 1, 2, 4);
        Tensor next = cell.forward(x, h);
        assertArrayEquals(flat(referenceRnn(cell, matrix(x), matrix(h))), next.toDoubleArray(), 1e-12);
    }

    @Test
    void parametersAreNamedAndShapedAsInPytorch() {
        GRUCell gru = new GRUCell(4, 5, new SplittableRandom(1));
        assertEquals(List.of("weight_ih", "weight_hh", "bias_ih", "bias_hh"), List.copyOf(gru.namedParameters().keySet()));
        assertArrayEquals(new long[] {15, 4}, gru.parameter("weight_ih").shape());
        assertArrayEquals(new long[] {15, 5}, gru.parameter("weight_hh").shape());
        assertArrayEquals(new long[] {15}, gru.parameter("bias_hh").shape());
        RNNCell rnn = new RNNCell(4, 5, new SplittableRandom(1));
        assertArrayEquals(new long[] {5, 4}, rnn.parameter("weight_ih").shape());
        double bound = 1 / Math.sqrt(5);
        for (Parameter p : gru.parameters()) {
            assertTrue(p.value().maxAbs() <= bound, "U(-1/sqrt(H), 1/sqrt(H))");
        }
        assertArrayEquals(new long[] {7, 5}, gru.initialState(7).shape());
    }

    @Test
    void gradientsAtFirstAndSecondOrder() {
        GRUCell gru = new GRUCell(2, 3, true, F64, new SplittableRandom(4));
        GradChecks.check("GRUCell", v -> {
            gru.parameter("weight_hh").set(v[2]);
            gru.parameter("bias_hh").set(v[3]);
            return gru.forward(v[0], v[1]);
        }, GradChecks.uniform(rng, -1, 1, 2, 2), GradChecks.uniform(rng, -1, 1, 2, 3),
                GradChecks.uniform(rng, -1, 1, 9, 3), GradChecks.uniform(rng, -1, 1, 9));
        RNNCell rnn = new RNNCell(2, 3, true, F64, new SplittableRandom(5));
        GradChecks.check("RNNCell", v -> {
            rnn.parameter("weight_ih").set(v[2]);
            return rnn.forward(v[0], v[1]);
        }, GradChecks.uniform(rng, -1, 1, 2, 2), GradChecks.uniform(rng, -1, 1, 2, 3), GradChecks.uniform(rng, -1, 1, 3, 2));
    }

    @Test
    void rejectsMismatchedShapes() {
        GRUCell cell = new GRUCell(4, 5, new SplittableRandom(1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> cell.forward(Tensor.zeros(DType.FLOAT32, 3, 4), Tensor.zeros(DType.FLOAT32, 2, 5)));
        assertTrue(e.getMessage().contains("[3, 4]") && e.getMessage().contains("[2, 5]"), e.getMessage());
    }
}
