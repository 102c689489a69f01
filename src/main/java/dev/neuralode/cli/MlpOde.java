package dev.neuralode.cli;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.ode.TensorDynamics;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The torchdiffeq reference ODE {@code f(z) = W3 tanh(W2 tanh(W1 z + b1) + b2) + b3} (PyTorch's layer
 * convention {@code y = x W^T + b}, hidden width 64), with the weights and initial points of
 * {@code ../shared/reference/mlp_ode}: bundled as resources, or read from a directory of .npy files.
 * It records how long its evaluations take, so the benchmark can separate f from solver overhead.
 */
final class MlpOde implements TensorDynamics {

    private static final String RESOURCES = "/dev/neuralode/cli/mlp_ode/";

    private final Tensor[] weights = new Tensor[3];
    private final Tensor[] biases = new Tensor[3];
    private long nanosInF;

    MlpOde(Path directory, DataType dtype) {
        this(directory, dtype, false);
    }

    /** @param variables whether the weights are variables (for gradients) rather than constants */
    MlpOde(Path directory, DataType dtype, boolean variables) {
        for (int i = 0; i < 3; i++) {
            weights[i] = leaf(load(directory, "W" + (i + 1), dtype), variables);
            biases[i] = leaf(load(directory, "b" + (i + 1), dtype), variables);
        }
    }

    private static Tensor leaf(INDArray value, boolean variable) {
        return variable ? Tensor.variable(value) : Tensor.constant(value);
    }

    /** The weights and biases, in the order W1, b1, W2, b2, W3, b3. */
    List<Tensor> parameters() {
        return List.of(weights[0], biases[0], weights[1], biases[1], weights[2], biases[2]);
    }

    /** The first {@code batch} initial points (repeated if more are asked for than the 1024 stored). */
    static Tensor initialPoints(Path directory, DataType dtype, int batch) {
        INDArray z0 = load(directory, "z0", dtype);
        int n = (int) z0.size(0);
        INDArray rows = batch <= n ? z0.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, batch),
                org.nd4j.linalg.indexing.NDArrayIndex.all()) : Nd4j.tile(z0, (batch + n - 1) / n, 1)
                .get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, batch), org.nd4j.linalg.indexing.NDArrayIndex.all());
        return Tensor.constant(rows.dup('c'));
    }

    @Override
    public Tensor derivative(double t, Tensor z) {
        long start = System.nanoTime();
        Tensor h = z.linearTanh(weights[0], biases[0]);
        h = h.linearTanh(weights[1], biases[1]);
        Tensor dz = h.linear(weights[2], biases[2]);
        nanosInF += System.nanoTime() - start;
        return dz;
    }

    /** Time spent in {@link #derivative} since the last reset. */
    long nanosInF() {
        return nanosInF;
    }

    void resetTimer() {
        nanosInF = 0;
    }

    private static INDArray load(Path directory, String name, DataType dtype) {
        try {
            if (directory != null) {
                File f = directory.resolve(name + ".npy").toFile();
                if (!f.isFile()) {
                    throw new IllegalArgumentException("no " + name + ".npy in " + directory
                            + "; point --weights at a copy of ../shared/reference/mlp_ode or leave it out");
                }
                return Nd4j.createFromNpyFile(f).castTo(dtype);
            }
            try (InputStream in = MlpOde.class.getResourceAsStream(RESOURCES + name + ".npy")) {
                if (in == null) {
                    throw new IllegalStateException("the bundled reference weights are missing (" + name + ".npy)");
                }
                return Nd4j.createNpyFromInputStream(in).castTo(dtype);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + ".npy: " + e.getMessage(), e);
        }
    }
}
