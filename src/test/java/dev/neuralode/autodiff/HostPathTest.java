package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The float32 host fast path against the generic ND4J path: for every op case of
 * {@link OpGradientTest}, the same values, first-order gradients and second-order
 * gradient-vector products.
 */
class HostPathTest {

    @AfterEach
    void restore() {
        Host.setEnabled(true);
    }

    /** Values, then gradients of sum(w f), then gradients of (v . those gradients), all flattened. */
    private static List<double[]> evaluate(boolean host, Function<Tensor[], Tensor> f, INDArray[] inputs) {
        Host.setEnabled(host);
        Random rng = new Random(3);
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Tensor.variable(inputs[i].castTo(DataType.FLOAT));
        }
        Tensor y = f.apply(x);
        List<double[]> out = new ArrayList<>();
        out.add(y.toDoubleArray());
        Tensor w = Tensor.constant(GradCheck.uniform(rng, -1, 1, y.shape()).castTo(DataType.FLOAT));
        List<Tensor> g = Grad.grad(List.of(y.mul(w).sum()), List.of(x), null, true, true);
        Tensor h = Tensor.scalar(0.0, DataType.FLOAT);
        for (int i = 0; i < x.length; i++) {
            if (g.get(i) != null) {
                out.add(g.get(i).toDoubleArray());
                Tensor v = Tensor.constant(GradCheck.uniform(rng, -1, 1, x[i].shape()).castTo(DataType.FLOAT));
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
    void hostPathMatchesGenericPath(String name, Function<Tensor[], Tensor> f, INDArray[] inputs) {
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
        Tensor a = Tensor.fromValues(new double[] {1, 2, 3, 4, 5, 6}, DataType.FLOAT, 2, 3);
        Tensor t = a.tanh();
        INDArray v = t.value();
        assertArrayEquals(new long[] {2, 3}, v.shape());
        assertEquals(Math.tanh(6), v.getDouble(1, 2), 1e-6);
        assertTrue(t.reshape(3, 2).value().equalsWithEps(v.reshape(3, 2), 1e-7));
        assertEquals(DataType.FLOAT, t.sum().value().dataType());
        assertEquals(0, t.sum().value().rank());
    }
}
