package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Module;
import java.util.random.RandomGenerator;

/**
 * The hypernetwork of torchdiffeq's {@code examples/cnf.py}: an MLP of t,
 * {@code p = fc3(tanh(fc2(tanh(fc1(t)))))}, whose {@code 3 d w + w} outputs are read as the
 * weights {@code W} {@code (w, d)}, the output weights {@code U} {@code (w, d)} gated elementwise by
 * {@code sigmoid(G)} {@code (w, d)}, and the biases {@code B} {@code (w)} of w hidden units. The
 * slicing order (W, U, G, B) and the submodule names {@code fc1, fc2, fc3} follow that code, so its
 * PyTorch state dict loads under the prefix {@code hyper_net}.
 */
public final class HyperNetwork extends Module {

    /** The per-time parameters of the width-w layer. */
    public record Weights(Tensor w, Tensor b, Tensor u) {
    }

    private final Linear fc1;
    private final Linear fc2;
    private final Linear fc3;
    private final int dimension;
    private final int width;

    public HyperNetwork(int dimension, int hidden, int width, DType dtype, RandomGenerator rng) {
        if (dimension < 1 || hidden < 1 || width < 1) {
            throw new IllegalArgumentException("hypernetwork sizes must be positive: dimension " + dimension + ", hidden "
                    + hidden + ", width " + width);
        }
        this.dimension = dimension;
        this.width = width;
        this.fc1 = registerModule("fc1", new Linear(1, hidden, true, dtype, rng));
        this.fc2 = registerModule("fc2", new Linear(hidden, hidden, true, dtype, rng));
        this.fc3 = registerModule("fc3", new Linear(hidden, 3 * width * dimension + width, true, dtype, rng));
    }

    /** W, B and the gated U at time t (a one-element tensor). */
    public Weights weights(Tensor t) {
        Tensor p = fc3.forward(fc2.forward(fc1.forward(t.reshape(1, 1)).tanh()).tanh()).reshape(-1);
        int block = width * dimension;
        Tensor w = p.slice(0, 0, block).reshape(width, dimension);
        Tensor u = p.slice(0, block, 2L * block).reshape(width, dimension);
        Tensor gate = p.slice(0, 2L * block, 3L * block).reshape(width, dimension).sigmoid();
        Tensor b = p.slice(0, 3L * block, 3L * block + width);
        return new Weights(w, b, u.mul(gate));
    }

    public int width() {
        return width;
    }

    public int dimension() {
        return dimension;
    }
}
