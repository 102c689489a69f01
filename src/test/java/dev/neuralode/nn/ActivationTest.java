package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActivationTest {

    private static final double[] X = {-3.0, -0.5, 0.0, 0.25, 2.0};

    static Stream<Arguments> activations() {
        return Stream.of(
                Arguments.of(new Tanh(), (DoubleUnaryOperator) Math::tanh),
                Arguments.of(new Sigmoid(), (DoubleUnaryOperator) x -> 1 / (1 + Math.exp(-x))),
                Arguments.of(new Softplus(), (DoubleUnaryOperator) x -> Math.log1p(Math.exp(x))),
                Arguments.of(new ReLU(), (DoubleUnaryOperator) x -> Math.max(x, 0)),
                Arguments.of(new ELU(), (DoubleUnaryOperator) x -> x > 0 ? x : Math.expm1(x)),
                Arguments.of(new ELU(0.5), (DoubleUnaryOperator) x -> x > 0 ? x : 0.5 * Math.expm1(x)),
                Arguments.of(new SiLU(), (DoubleUnaryOperator) x -> x / (1 + Math.exp(-x))),
                Arguments.of(new Identity(), (DoubleUnaryOperator) x -> x));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void matchesItsFormula(Layer activation, DoubleUnaryOperator formula) {
        double[] expected = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            expected[i] = formula.applyAsDouble(X[i]);
        }
        Tensor y = activation.forward(Tensor.fromValues(X, DType.FLOAT64, X.length));
        assertArrayEquals(expected, y.toDoubleArray(), 1e-12);
        assertTrue(activation.namedParameters().isEmpty());
    }

    @Test
    void sequentialNamesLayersByIndexLikePytorch() {
        SplittableRandom rng = new SplittableRandom(0);
        Sequential net = new Sequential(new Linear(2, 4, rng), new Tanh(), new Linear(4, 1, rng));
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(3, net.size());
        Tensor x = Tensor.fromRows(new double[][] {{0.3, -0.2}}, DType.FLOAT32);
        Tensor expected = net.get(2).forward(net.get(0).forward(x).tanh());
        assertArrayEquals(expected.toDoubleArray(), net.forward(x).toDoubleArray(), 0);
    }
}
