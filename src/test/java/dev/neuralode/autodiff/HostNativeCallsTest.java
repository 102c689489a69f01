package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the host kernels, every float32 op the models run makes no native call, forward or backward,
 * except matrix products large enough for BLAS: a hot op that silently fell back to ND4J would show
 * here as a count above zero (each ND4J call costs more than the op's arithmetic at these sizes).
 */
class HostNativeCallsTest {

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    private static Tensor variable(long... shape) {
        SplittableRandom rng = new SplittableRandom(shape.length * 31L + shape[0]);
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (0.5 + rng.nextDouble());
        }
        return Tensor.variable(v, shape);
    }

    /** Ops over small inputs (products below the BLAS threshold), each as a function of its inputs. */
    static Stream<Arguments> ops() {
        Map<String, Function<Tensor[], Tensor>> ops = new java.util.LinkedHashMap<>();
        ops.put("add (bias row)", t -> t[0].add(t[1].slice(0, 0, 1)));
        ops.put("sub (column)", t -> t[0].sub(t[0].sum(true, 1)));
        ops.put("mul", t -> t[0].mul(t[0]));
        ops.put("div (scalar)", t -> t[0].div(t[1].sum()));
        ops.put("affine, neg, rsub", t -> t[0].affine(2, 1).neg().rsub(3));
        ops.put("exp, log, sqrt, abs", t -> t[0].exp().log().sqrt().abs());
        ops.put("tanh, sigmoid, softplus", t -> t[0].tanh().sigmoid().softplus());
        ops.put("relu, silu, elu, square, pow", t -> t[0].relu().silu().elu(1.0).elu(0.5).square().pow(3));
        ops.put("combine", t -> Tensor.combine(new double[] {0.5, -2}, t[0], t[1]));
        ops.put("linear, linearTanh, linearSigmoid, linearElu, linearRelu", t -> t[0].linearTanh(t[2], t[3]).linearSigmoid(t[4], null)
                .linearElu(t[4], t[5]).linearRelu(t[4], t[5]).linear(t[4], null));
        ops.put("matmul, matmulNT, matmulTN, transpose", t -> t[0].matmul(t[2].transpose()).matmulNT(t[4]).matmulTN(t[1])
                .transpose());
        ops.put("concat, stack", t -> Tensor.concat(1, t[0], t[1]).slice(1, 0, 3).add(Tensor.stack(0, t[0], t[1]).sum(false, 0)));
        ops.put("slice, pad, select, index_add", t -> t[0].slice(1, 1, 3).select(0, 2, 0, 2).select(1, 1, 1, 0));
        ops.put("permute, reshape", t -> t[0].reshape(2, 2, 3).permute(2, 0, 1).reshape(4, 3));
        ops.put("sum, mean, sumTo, broadcastTo", t -> t[0].sum(true, 0).broadcastTo(4, 3).mean(false, 1).sumTo(1));
        ops.put("logsumexp", t -> t[0].logSumExp(1, false).add(t[0].logSumExp(0, true).sum()));
        ops.put("group_norm", t -> t[0].reshape(2, 2, 3).groupNorm(2, t[1].slice(0, 0, 1).slice(1, 0, 2).reshape(2),
                t[1].slice(0, 1, 2).slice(1, 0, 2).reshape(2), 1e-5));
        ops.put("where, gt", t -> Tensor.where(t[0].gt(1.0), t[0], t[1].mul(2.0)));
        ops.put("im2col, col2im, conv2d", t -> t[0].reshape(1, 1, 4, 3).conv2d(t[0].slice(0, 0, 2).reshape(2, 1, 1, 3), t[1].slice(0, 0, 1).slice(1, 0, 2)
                .reshape(2), 1, 1).im2col(2, 2, 1, 0).col2im(new long[] {1, 2, 6, 3}, 2, 2, 1, 0));
        return ops.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void forwardAndBackwardOfHotOpsStayOnTheHost(String name, Function<Tensor[], Tensor> op) {
        Tensor[] in = {variable(4, 3), variable(4, 3), variable(5, 3), variable(5), variable(5, 5), variable(5)};
        long calls = KernelSwitch.onHost(() -> NativeCalls.count(() -> {
            Tensor y = op.apply(in);
            List<Tensor> grads = Grad.grad(List.of(y.square().sum()), List.of(in), null, true, true);
            // Second order too: the backward rules are ops, and the exact trace runs them.
            Tensor g0 = grads.get(0);
            if (g0 != null && g0.requiresGrad()) {
                Grad.grad(List.of(g0.sum()), List.of(in[0]), null, false, true);
            }
        }));
        assertEquals(0, calls, name + " made native calls on the host kernels");
    }

    @Test
    void aBlasSizedProductIsOneNativeCallEachWay() {
        Tensor x = variable(64, 32);
        Tensor w = variable(48, 32);
        long forward = KernelSwitch.onHost(() -> NativeCalls.count(() -> x.linearTanh(w, null)));
        assertEquals(1, forward, "forward: one sgemm");
        long both = KernelSwitch.onHost(() -> NativeCalls.count(() -> x.linearTanh(w, null).sum().backward()));
        assertEquals(3, both, "forward and backward: sgemm for y, dL/dx and dL/dW");
    }

    @Test
    void theNd4jKernelsAreCountedToo() {
        Tensor x = Tensor.fromValues(new double[] {1, 2, 3, 4}, DType.FLOAT64, 2, 2);
        long calls = NativeCalls.count(() -> x.tanh());
        org.junit.jupiter.api.Assertions.assertTrue(calls >= 1, "a float64 tanh runs on ND4J, counted " + calls);
    }
}
