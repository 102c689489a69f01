package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearTest {

    @Test
    void computesXTimesWTransposedPlusB() {
        Linear layer = new Linear(3, 2, true, DType.FLOAT64, new SplittableRandom(1));
        layer.weight().set(Tensor.fromRows(new double[][] {{1, 2, 3}, {-1, 0, 0.5}}, DType.FLOAT64));
        layer.bias().set(Tensor.fromValues(new double[] {0.5, -2.0}, DType.FLOAT64, 2));
        Tensor x = Tensor.fromRows(new double[][] {{1, 1, 1}, {2, 0, -2}}, DType.FLOAT64);
        // Row 1: (1+2+3+0.5, -1+0+0.5-2) = (6.5, -2.5); row 2: (2-6+0.5, -2-1-2) = (-3.5, -5).
        assertArrayEquals(new double[] {6.5, -2.5, -3.5, -5}, layer.forward(x).toDoubleArray(), 1e-12);
    }

    @Test
    void sequentialFusesLinearWithItsActivationWithoutChangingValuesOrGradients() {
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (Layer activation : new Layer[] {new Tanh(), new Sigmoid(), new ELU(), new ELU(0.5), new ReLU()}) {
                Sequential net = new Sequential(new Linear(3, 4, true, dtype, new SplittableRandom(5)), activation,
                        new Linear(4, 2, true, dtype, new SplittableRandom(6)));
                Tensor x = GradChecks.uniform(new Random(7), -2, 2, 2, 5, 3).to(dtype);
                Tensor fused = net.forward(x);
                Tensor stepwise = net.get(2).forward(activation.forward(net.get(0).forward(x)));
                assertArrayEquals(stepwise.toDoubleArray(), fused.toDoubleArray(), 1e-6, activation + " " + dtype);
                Parameter w = net.parameter("0.weight");
                fused.square().sum().backward();
                double[] fusedGrad = w.grad().toDoubleArray();
                w.zeroGrad();
                stepwise.square().sum().backward();
                assertArrayEquals(w.grad().toDoubleArray(), fusedGrad, 1e-5, activation + " " + dtype);
            }
        }
    }

    @Test
    void keepsLeadingAxes() {
        Linear layer = new Linear(3, 4, true, DType.FLOAT64, new SplittableRandom(2));
        Tensor x = GradChecks.uniform(new Random(3), -1, 1, 2, 5, 3);
        Tensor y = layer.forward(x);
        assertArrayEquals(new long[] {2, 5, 4}, y.shape());
        Tensor row = layer.forward(x.select(0, 1).select(1, 4).reshape(1, 3));
        assertArrayEquals(row.toDoubleArray(), y.select(0, 1).select(1, 4).toDoubleArray(), 1e-12);
    }

    @Test
    void initialisesLikePytorchFromTheGivenSeed() {
        Linear a = new Linear(16, 8, new SplittableRandom(42));
        Linear b = new Linear(16, 8, new SplittableRandom(42));
        Linear c = new Linear(16, 8, new SplittableRandom(43));
        assertEquals(DType.FLOAT32, a.weight().dtype());
        assertArrayEquals(new long[] {8, 16}, a.weight().shape());
        assertArrayEquals(new long[] {8}, a.bias().shape());
        assertArrayEquals(a.weight().value().toFloatArray(), b.weight().value().toFloatArray());
        assertTrue(!Arrays.equals(a.weight().value().toFloatArray(), c.weight().value().toFloatArray()));
        double bound = 1 / Math.sqrt(16);
        double max = Math.max(a.weight().value().maxAbs(), a.bias().value().maxAbs());
        assertTrue(max <= bound && max > 0.8 * bound, "values within U(-1/4, 1/4) and spread over it, max |w| " + max);
        assertEquals(0.0, a.weight().value().mean().item(), 0.05);
    }

    @Test
    void withoutBias() {
        Linear layer = new Linear(2, 2, false, DType.FLOAT64, new SplittableRandom(1));
        assertNull(layer.bias());
        assertEquals(List.of("weight"), List.copyOf(layer.namedParameters().keySet()));
        layer.weight().set(Tensor.fromRows(new double[][] {{1, 0}, {0, 2}}, DType.FLOAT64));
        assertArrayEquals(new double[] {3, 8}, layer.forward(Tensor.fromRows(new double[][] {{3, 4}}, DType.FLOAT64)).toDoubleArray(), 0);
    }

    @Test
    void gradientsAtFirstAndSecondOrder() {
        Linear layer = new Linear(3, 2, true, DType.FLOAT64, new SplittableRandom(4));
        Random rng = new Random(9);
        GradChecks.check("Linear", t -> {
            layer.weight().set(t[1]);
            layer.bias().set(t[2]);
            return layer.forward(t[0]).tanh();
        }, GradChecks.uniform(rng, -1, 1, 4, 3), GradChecks.uniform(rng, -1, 1, 2, 3), GradChecks.uniform(rng, -1, 1, 2));
    }

    @Test
    void rejectsAnInputOfTheWrongWidth() {
        Linear layer = new Linear(3, 2, new SplittableRandom(1));
        var e = assertThrows(IllegalArgumentException.class, () -> layer.forward(Tensor.zeros(DType.FLOAT32, 5, 2)));
        assertTrue(e.getMessage().contains("[5, 2]") && e.getMessage().contains("must end with 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Linear(0, 2, new SplittableRandom(1)));
    }
}
