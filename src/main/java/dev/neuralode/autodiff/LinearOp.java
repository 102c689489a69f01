package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.Arrays;

/**
 * A fused affine layer in PyTorch's convention, {@code y = act(x W^T + b)} with {@code x} of shape
 * {@code (n, in)}, {@code W} of shape {@code (out, in)}, an optional {@code b} of shape
 * {@code (out)} and an optional activation (tanh, sigmoid, ELU with {@code alpha = 1}, or ReLU): one matrix
 * product, then one pass
 * over the freshly written output for bias and activation, instead of a product, a transposed copy,
 * a broadcast add and an activation, each with its own array. Backward: with
 * {@code G' = G act'(y)} (from the output, {@link ActivationGradOp}), {@code dx = G' W},
 * {@code dW = G'^T x}, {@code db = sum_rows G'}, written in differentiable ops.
 */
final class LinearOp extends Op {

    private final Activation activation;

    private LinearOp(Tensor[] inputs, Activation activation) {
        super(inputs);
        this.activation = activation;
    }

    /** @param activation null for none */
    static Tensor apply(Tensor x, Tensor weight, Tensor bias, Activation activation) {
        long[] sx = x.shape();
        long[] sw = weight.shape();
        if (sx.length != 2 || sw.length != 2 || sx[1] != sw[1]) {
            throw new IllegalArgumentException("linear: input " + Shapes.str(sx) + " and weight " + Shapes.str(sw)
                    + " do not fit; need input (n, in) and weight (out, in)");
        }
        if (bias != null && !Arrays.equals(bias.shape(), new long[] {sw[0]})) {
            throw new IllegalArgumentException("linear: bias " + Shapes.str(bias.shape()) + " does not fit weight "
                    + Shapes.str(sw) + "; need bias (" + sw[0] + ")");
        }
        BinaryOp.requireSameDtype("linear", x, weight);
        if (bias != null) {
            BinaryOp.requireSameDtype("linear", x, bias);
        }
        LinearOp op = new LinearOp(bias == null ? new Tensor[] {x, weight} : new Tensor[] {x, weight, bias}, activation);
        var k = x.kernels();
        Storage y = k.linear(x.storage(), weight.storage(k), bias == null ? null : bias.storage(k), (int) sx[0], (int) sx[1],
                (int) sw[0], activation);
        return op.output(y, new long[] {sx[0], sw[0]});
    }

    @Override
    String name() {
        return "linear";
    }

    @Override
    Tensor[] backward(Tensor gradOutput) {
        Tensor g = activation == null ? gradOutput : ActivationGradOp.apply(activation, gradOutput, out);
        Tensor x = inputs[0];
        Tensor w = inputs[1];
        Tensor[] grads = new Tensor[inputs.length];
        grads[0] = needs(0) ? g.matmul(w) : null;
        grads[1] = needs(1) ? g.matmulTN(x) : null;
        if (inputs.length == 3) {
            grads[2] = needs(2) ? g.sumTo(inputs[2].shape()) : null;
        }
        return grads;
    }
}
