package dev.neuralode.autodiff;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fused affine layer in PyTorch's convention, {@code y = x W^T + b} with {@code x} of shape
 * {@code (n, in)}, {@code W} of shape {@code (out, in)} and an optional {@code b} of shape
 * {@code (out)}: one matrix product and a bias pass over the freshly written output, instead of a
 * product, a transposed copy and a broadcast add. Backward: {@code dx = G W},
 * {@code dW = G^T x}, {@code db = sum_rows G}, written in differentiable ops.
 */
final class LinearOp extends Op {

    private LinearOp(Tensor[] inputs) {
        super(inputs);
    }

    static Tensor apply(Tensor x, Tensor weight, Tensor bias) {
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
        LinearOp op = new LinearOp(bias == null ? new Tensor[] {x, weight} : new Tensor[] {x, weight, bias});
        int n = (int) sx[0];
        int out = (int) sw[0];
        if (Host.use(op.inputs)) {
            float[] y = Blas.gemm(x.host(), false, weight.host(), true, n, (int) sx[1], out);
            if (bias != null) {
                float[] b = bias.host();
                for (int r = 0; r < n; r++) {
                    int row = r * out;
                    for (int j = 0; j < out; j++) {
                        y[row + j] += b[j];
                    }
                }
            }
            return op.output(y, new long[] {n, out});
        }
        INDArray y = x.value().mmul(weight.value().transpose());
        return op.output(bias == null ? y : y.addiRowVector(bias.value()));
    }

    @Override
    String name() {
        return "linear";
    }

    @Override
    Tensor[] backward(Tensor g) {
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
