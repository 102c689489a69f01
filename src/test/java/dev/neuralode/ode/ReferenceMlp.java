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

    private final Tensor w1t;
    private final Tensor b1;
    private final Tensor w2t;
    private final Tensor b2;
    private final Tensor w3t;
    private final Tensor b3;

    ReferenceMlp(DataType dtype) {
        w1t = transposed("W1", dtype);
        b1 = Tensor.constant(load("b1", dtype));
        w2t = transposed("W2", dtype);
        b2 = Tensor.constant(load("b2", dtype));
        w3t = transposed("W3", dtype);
        b3 = Tensor.constant(load("b3", dtype));
    }

    private long batch = -1;
    private Tensor[] biases;

    @Override
    public Tensor derivative(double t, Tensor z) {
        Tensor[] b = biasesFor(z.size(0));
        Tensor h = z.matmul(w1t).add(b[0]).tanh();
        h = h.matmul(w2t).add(b[1]).tanh();
        return h.matmul(w3t).add(b[2]);
    }

    /**
     * The biases repeated over the batch: a broadcasting add costs about 8 ms at (1024, 64) against
     * 0.2 ms for a same-shape add (autodiff broadcasts with INDArray.broadcast, which copies slowly).
     */
    private Tensor[] biasesFor(long n) {
        if (n != batch) {
            biases = new Tensor[] {b1.broadcastTo(n, b1.size(0)), b2.broadcastTo(n, b2.size(0)),
                b3.broadcastTo(n, b3.size(0))};
            batch = n;
        }
        return biases;
    }

    private static Tensor transposed(String name, DataType dtype) {
        return Tensor.constant(load(name, dtype).transpose().dup('c'));
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
