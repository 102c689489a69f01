package dev.neuralode.cli;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Npy;
import dev.neuralode.ode.TensorDynamics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    MlpOde(Path directory, DType dtype) {
        this(directory, dtype, false);
    }

    /** @param variables whether the weights are variables (for gradients) rather than constants */
    MlpOde(Path directory, DType dtype, boolean variables) {
        for (int i = 0; i < 3; i++) {
            weights[i] = leaf(load(directory, "W" + (i + 1), dtype), variables);
            biases[i] = leaf(load(directory, "b" + (i + 1), dtype), variables);
        }
    }

    private static Tensor leaf(Tensor value, boolean variable) {
        return variable ? value.asVariable() : value;
    }

    /** The weights and biases, in the order W1, b1, W2, b2, W3, b3. */
    List<Tensor> parameters() {
        return List.of(weights[0], biases[0], weights[1], biases[1], weights[2], biases[2]);
    }

    /** The first {@code batch} initial points (repeated if more are asked for than the 1024 stored). */
    static Tensor initialPoints(Path directory, DType dtype, int batch) {
        Tensor z0 = load(directory, "z0", dtype);
        int n = (int) z0.size(0);
        int[] rows = new int[batch];
        for (int i = 0; i < batch; i++) {
            rows[i] = i % n;
        }
        return z0.select(0, rows).detach();
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

    private static Tensor load(Path directory, String name, DType dtype) {
        try {
            if (directory != null) {
                Path f = directory.resolve(name + ".npy");
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("no " + name + ".npy in " + directory
                            + "; point --weights at a copy of ../shared/reference/mlp_ode or leave it out");
                }
                try (InputStream in = Files.newInputStream(f)) {
                    return Npy.read(in, f.toString()).to(dtype);
                }
            }
            try (InputStream in = MlpOde.class.getResourceAsStream(RESOURCES + name + ".npy")) {
                if (in == null) {
                    throw new IllegalStateException("the bundled reference weights are missing (" + name + ".npy)");
                }
                return Npy.read(in, name + ".npy").to(dtype);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + ".npy: " + e.getMessage(), e);
        }
    }
}
