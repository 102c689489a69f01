package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A linear layer that also sees time as one more input column:
 * {@code y = Linear([t, x])} with {@code Linear} of shape {@code (in + 1) -> out}
 * (FFJORD's {@code ConcatLinear}, Grathwohl et al. 2019, code {@code ffjord/lib/layers/diffeq_layers}).
 * As in that code, the time column comes first, so weights exported from it load under the name
 * {@code _layer.weight} with column 0 belonging to time.
 */
public final class ConcatLinear extends TimeLayer {

    private final Linear layer;

    /** A float32 layer. */
    public ConcatLinear(int in, int out, RandomGenerator rng) {
        this(in, out, DType.FLOAT32, rng);
    }

    public ConcatLinear(int in, int out, DType dtype, RandomGenerator rng) {
        if (in < 1) {
            throw new IllegalArgumentException("ConcatLinear needs a positive input size, was in=" + in);
        }
        this.layer = registerModule("_layer", new Linear(in + 1, out, true, dtype, rng));
    }

    public Linear layer() {
        return layer;
    }

    /** @param x of shape {@code (batch, in)} */
    @Override
    public Tensor forward(Tensor t, Tensor x) {
        if (x.rank() != 2 || x.size(1) != layer.inFeatures() - 1) {
            throw new IllegalArgumentException("ConcatLinear(in=" + (layer.inFeatures() - 1) + "): input shape "
                    + Arrays.toString(x.shape()) + " must be (batch, " + (layer.inFeatures() - 1) + ")");
        }
        Tensor time = TimeInput.filled(TimeInput.scalar("ConcatLinear", t, x), x.size(0), 1);
        return layer.forward(Tensor.concat(1, time, x));
    }
}
