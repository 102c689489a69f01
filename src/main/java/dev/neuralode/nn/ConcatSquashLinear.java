package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.random.RandomGenerator;

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
        this(in, out, DType.FLOAT32, rng);
    }

    public ConcatSquashLinear(int in, int out, DType dtype, RandomGenerator rng) {
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
        Tensor[] wb = affineAt(t, x);
        return Linear.affine(x, wb[0], wb[1]);
    }

    /** {@code tanh(forward(t, x))} as one fused op over the batch. */
    public Tensor forwardTanh(Tensor t, Tensor x) {
        Tensor[] wb = affineAt(t, x);
        return Linear.affine(x, wb[0], wb[1], Tensor::linearTanh);
    }

    /**
     * The layer at time t as one affine map: with the gate {@code s = sigmoid(t G^T + g)},
     * {@code (x W^T + b) * s + t B^T = x (diag(s) W)^T + (b * s + t B^T)}. Gating the (out, in)
     * weight instead of every output row leaves the batch one fused product (with its activation),
     * which halves the full-size arrays of a forward pass and of each backward pass.
     */
    private Tensor[] affineAt(Tensor t, Tensor x) {
        Tensor time = TimeInput.scalar("ConcatSquashLinear", t, x).reshape(1, 1);
        long out = layer.outFeatures();
        Tensor gate = hyperGate.forward(time).sigmoid().reshape(out);
        Tensor w = layer.weight().tensor().mul(gate.reshape(out, 1));
        Tensor b = layer.bias().tensor().mul(gate).add(hyperBias.forward(time).reshape(out));
        return new Tensor[] {w, b};
    }
}
