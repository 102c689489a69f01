package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.kernel.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The float32 host fast path against the generic ND4J path: for every op case of
 * {@link OpGradientTest}, the same values, first-order gradients and second-order
 * gradient-vector products.
 */
class HostPathTest {

    private boolean previous;

    @BeforeEach
    void remember() {
        previous = KernelChoice.setHostAllowed(true);
    }

    @AfterEach
    void restore() {
        KernelChoice.setHostAllowed(previous);
    }

    /** Values, then gradients of sum(w f), then gradients of (v . those gradients), all flattened. */
    private static List<double[]> evaluate(boolean host, Function<Tensor[], Tensor> f, Tensor[] inputs) {
        KernelChoice.setHostAllowed(host);
        Random rng = new Random(3);
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs[i].to(DType.FLOAT32).asVariable();
        }
        Tensor y = f.apply(x);
        List<double[]> out = new ArrayList<>();
        out.add(y.toDoubleArray());
        Tensor w = GradCheck.uniform(rng, -1, 1, y.shape()).to(DType.FLOAT32);
        List<Tensor> g = Grad.grad(List.of(y.mul(w).sum()), List.of(x), null, true, true);
        Tensor h = Tensor.scalar(0.0, DType.FLOAT32);
        for (int i = 0; i < x.length; i++) {
            if (g.get(i) != null) {
                out.add(g.get(i).toDoubleArray());
                Tensor v = GradCheck.uniform(rng, -1, 1, x[i].shape()).to(DType.FLOAT32);
                h = h.add(g.get(i).mul(v).sum());
            }
        }
        if (h.requiresGrad()) {
            for (Tensor gg : Grad.grad(List.of(h), List.of(x), null, false, true)) {
                if (gg != null) {
                    out.add(gg.toDoubleArray());
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.neuralode.autodiff.OpGradientTest#ops")
    void hostPathMatchesGenericPath(String name, Function<Tensor[], Tensor> f, Tensor[] inputs) {
        List<double[]> host = evaluate(true, f, inputs);
        List<double[]> generic = evaluate(false, f, inputs);
        assertEquals(generic.size(), host.size(), name + ": number of results");
        for (int i = 0; i < host.size(); i++) {
            double[] h = host.get(i);
            double[] n = generic.get(i);
            assertEquals(n.length, h.length, name + ": result " + i + " length");
            for (int k = 0; k < n.length; k++) {
                double tol = 2e-5 * (1 + Math.abs(n[k]));
                assertEquals(n[k], h[k], tol, name + ": result " + i + " element " + k);
            }
        }
    }

    @Test
    void hostTensorsCrossIntoNd4jAndBack() {
        KernelChoice.setHostAllowed(true);
        Tensor a = Tensor.fromValues(new double[] {1, 2, 3, 4, 5, 6}, DType.FLOAT32, 2, 3);
        Tensor t = a.tanh();
        // Made by the host kernels, read by the ND4J kernels: the storage is converted on first use.
        KernelChoice.setHostAllowed(false);
        Tensor r = t.reshape(3, 2);
        Tensor s = t.sum();
        assertArrayEquals(new long[] {2, 3}, t.shape());
        assertEquals(Math.tanh(6), t.toDoubleArray()[1 * 3 + 2], 1e-6);
        assertArrayEquals(new long[] {3, 2}, r.shape());
        assertArrayEquals(t.toDoubleArray(), r.toDoubleArray(), 1e-7);
        assertEquals(DType.FLOAT32, s.dtype());
        assertEquals(0, s.rank());
        double expectedSum = 0;
        for (int i = 1; i <= 6; i++) {
            expectedSum += Math.tanh(i);
        }
        assertEquals(expectedSum, s.item(), 1e-5);
        // And back: storage made by the ND4J kernels, used by the host kernels.
        KernelChoice.setHostAllowed(true);
        Tensor back = r.mul(Tensor.full(2.0, DType.FLOAT32, 3, 2)).reshape(2, 3);
        for (int i = 0; i < 6; i++) {
            assertEquals(2 * Math.tanh(i + 1), back.toDoubleArray()[i], 1e-6);
        }
    }
}
