package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * FFJORD's time-gated linear layer (Grathwohl et al., "FFJORD", ICLR 2019; code
 * {@code ffjord/lib/layers/diffeq_layers/basic.py}):
 * {@code y = (x W^T + b) * sigmoid(t G^T + g) + t B^T},
 * with the submodules {@code _layer} ({@code in -> out}), {@code _hyper_bias}
 * ({@code 1 -> out}, no bias) and {@code _hyper_gate} ({@code 1 -> out}), named and ordered as in
 * that code so its PyTorch state dicts load here.
 */
public final class ConcatSquashLinear extends TimeLayer {

    private final Linear layer;
    private final Linear hyperBias;
    private final Linear hyperGate;

    /** A float32 layer. */
    public ConcatSquashLinear(int in, int out, RandomGenerator rng) {
        this(in, out, DataType.FLOAT, rng);
    }

    public ConcatSquashLinear(int in, int out, DataType dtype, RandomGenerator rng) {
        this.layer = registerModule("_layer", new Linear(in, out, true, dtype, rng));
        this.hyperBias = registerModule("_hyper_bias", new Linear(1, out, false, dtype, rng));
        this.hyperGate = registerModule("_hyper_gate", new Linear(1, out, true, dtype, rng));
    }

    public Linear layer() {
        return layer;
    }

    public Linear hyperBias() {
        return hyperBias;
    }

    public Linear hyperGate() {
        return hyperGate;
    }

    /** @param x of shape {@code (..., in)} */
    @Override
    public Tensor forward(Tensor t, Tensor x) {
        Tensor time = TimeInput.scalar("ConcatSquashLinear", t, x).reshape(1, 1);
        Tensor gate = hyperGate.forward(time).sigmoid();
        return layer.forward(x).mul(gate).add(hyperBias.forward(time));
    }
}
