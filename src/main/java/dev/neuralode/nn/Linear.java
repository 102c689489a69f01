package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer with PyTorch's convention {@code y = x W^T + b}, {@code W} of shape
 * {@code (out, in)} and {@code b} of shape {@code (out)} (PyTorch docs, {@code torch.nn.Linear}).
 * Parameters {@code weight} and {@code bias}; both start at {@code U(-1/sqrt(in), 1/sqrt(in))},
 * PyTorch's default, drawn weight first from the given generator. The input may have any leading
 * axes: {@code (..., in) -> (..., out)}.
 */
public final class Linear extends Layer {

    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;

    /** A float32 layer with a bias. */
    public Linear(int in, int out, RandomGenerator rng) {
        this(in, out, true, DType.FLOAT32, rng);
    }

    public Linear(int in, int out, boolean withBias, DType dtype, RandomGenerator rng) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear needs positive sizes, was in=" + in + ", out=" + out);
        }
        this.in = in;
        this.out = out;
        double bound = Init.pytorchDefaultBound(in);
        this.weight = registerParameter("weight", Init.uniform(rng, bound, dtype, out, in));
        this.bias = withBias ? registerParameter("bias", Init.uniform(rng, bound, dtype, out)) : null;
    }

    public Parameter weight() {
        return weight;
    }

    /** The bias, or {@code null} for a layer without one. */
    public Parameter bias() {
        return bias;
    }

    public int inFeatures() {
        return in;
    }

    public int outFeatures() {
        return out;
    }

    @Override
    public Tensor forward(Tensor x) {
        requireInput(x);
        return affine(x, weight.tensor(), bias == null ? null : bias.tensor());
    }

    /**
     * {@code activation(x W^T + b)} as one fused op when the activation has a fused form (tanh,
     * sigmoid, ELU with alpha 1, ReLU), else {@code null}. {@link Sequential} uses it for a Linear layer
     * followed by such an activation: one pass over the output instead of two, in both directions.
     */
    Tensor forwardFused(Tensor x, Layer activation) {
        Fused f;
        if (activation instanceof Tanh) {
            f = Tensor::linearTanh;
        } else if (activation instanceof Sigmoid) {
            f = Tensor::linearSigmoid;
        } else if (activation instanceof ELU elu && elu.alpha() == 1.0) {
            f = Tensor::linearElu;
        } else if (activation instanceof ReLU) {
            f = Tensor::linearRelu;
        } else {
            return null;
        }
        requireInput(x);
        return affine(x, weight.tensor(), bias == null ? null : bias.tensor(), f);
    }

    private void requireInput(Tensor x) {
        if (x.rank() < 1 || x.size(-1) != in) {
            throw new IllegalArgumentException("Linear(in=" + in + ", out=" + out + "): input shape "
                    + Arrays.toString(x.shape()) + " must end with " + in);
        }
    }

    /** A fused affine op on rows: {@code (x, W, b) -> act(x W^T + b)}. */
    interface Fused {
        Tensor apply(Tensor rows, Tensor w, Tensor b);
    }

    /** {@code x W^T + b} over the last axis of {@code x}, for any leading axes; {@code b} may be null. */
    static Tensor affine(Tensor x, Tensor w, Tensor b) {
        return affine(x, w, b, Tensor::linear);
    }

    static Tensor affine(Tensor x, Tensor w, Tensor b, Fused op) {
        long[] shape = x.shape();
        Tensor rows = shape.length == 2 ? x : x.reshape(-1, shape[shape.length - 1]);
        Tensor y = op.apply(rows, w, b);
        if (shape.length == 2) {
            return y;
        }
        long[] outShape = shape.clone();
        outShape[outShape.length - 1] = w.size(0);
        return y.reshape(outShape);
    }

    @Override
    public String toString() {
        return "Linear(in=" + in + ", out=" + out + ", bias=" + (bias != null) + ")";
    }
}
