package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Npy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The torchdiffeq reference problem: {@code f(z) = W3 tanh(W2 tanh(W1 z + b1) + b2) + b3} with PyTorch's
 * layer convention {@code y = x W^T + b}, weights from {@code reference/mlp_ode}.
 */
final class ReferenceMlp implements TensorDynamics {

    private final Tensor[] weights = new Tensor[3];
    private final Tensor[] biases = new Tensor[3];

    ReferenceMlp(DType dtype) {
        for (int i = 0; i < 3; i++) {
            weights[i] = load("W" + (i + 1), dtype);
            biases[i] = load("b" + (i + 1), dtype);
        }
    }

    @Override
    public Tensor derivative(double t, Tensor z) {
        Tensor h = z.linearTanh(weights[0], biases[0]);
        h = h.linearTanh(weights[1], biases[1]);
        return h.linear(weights[2], biases[2]);
    }

    /** An array of {@code reference/mlp_ode/<name>.npy} in the given dtype, as a constant. */
    static Tensor load(String name, DType dtype) {
        try (InputStream in = ReferenceMlp.class.getResourceAsStream("/reference/mlp_ode/" + name + ".npy")) {
            return Npy.read(in, name + ".npy").to(dtype);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
