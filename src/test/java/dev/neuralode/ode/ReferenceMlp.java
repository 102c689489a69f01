package dev.neuralode.ode;

import dev.neuralode.autodiff.Tensor;
import java.io.File;
import java.net.URISyntaxException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The torchdiffeq reference problem: {@code f(z) = W3 tanh(W2 tanh(W1 z + b1) + b2) + b3} with PyTorch's
 * layer convention {@code y = x W^T + b}, weights from {@code reference/mlp_ode}.
 */
final class ReferenceMlp implements TensorDynamics {

    private final Tensor[] weights = new Tensor[3];
    private final Tensor[] biases = new Tensor[3];

    ReferenceMlp(DataType dtype) {
        for (int i = 0; i < 3; i++) {
            weights[i] = Tensor.constant(load("W" + (i + 1), dtype));
            biases[i] = Tensor.constant(load("b" + (i + 1), dtype));
        }
    }

    @Override
    public Tensor derivative(double t, Tensor z) {
        Tensor h = z.linearTanh(weights[0], biases[0]);
        h = h.linearTanh(weights[1], biases[1]);
        return h.linear(weights[2], biases[2]);
    }

    /** An array of {@code reference/mlp_ode/<name>.npy} in the given dtype. */
    static INDArray load(String name, DataType dtype) {
        try {
            File f = new File(ReferenceMlp.class.getResource("/reference/mlp_ode/" + name + ".npy").toURI());
            return Nd4j.createFromNpyFile(f).castTo(dtype);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
