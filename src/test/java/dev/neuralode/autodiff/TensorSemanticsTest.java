package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tape semantics and error messages: no-grad scopes, detach, accumulation, unused inputs, shapes, dtypes. */
class TensorSemanticsTest {

    private static Tensor v(double... values) {
        return Tensor.fromValues(values, DType.FLOAT64, values.length).asVariable();
    }

    @Test
    void backwardAccumulatesIntoLeavesUntilZeroed() {
        Tensor x = v(1, 2, 3);
        x.square().sum().backward();
        x.square().sum().backward();
        assertArrayEquals(new double[] {4, 8, 12}, x.grad().toDoubleArray(), 1e-12);
        x.zeroGrad();
        assertNull(x.grad());
    }

    @Test
    void noGradScopeRecordsNothingAndRestoresAfterwards() {
        Tensor x = v(1, 2);
        try (GradMode ignored = GradMode.disabled()) {
            assertFalse(x.mul(x).requiresGrad());
            try (GradMode inner = GradMode.enabled()) {
                assertTrue(x.mul(x).requiresGrad());
            }
            assertFalse(GradMode.isEnabled());
        }
        assertTrue(x.mul(x).requiresGrad());
    }

    @Test
    void detachCutsTheTape() {
        Tensor x = v(1, 2);
        Tensor y = x.square().detach().mul(x).sum();
        assertArrayEquals(new double[] {1, 4}, Grad.grad(y, x, false).toDoubleArray(), 1e-12);
    }

    @Test
    void createGraphGivesDifferentiableGradients() {
        Tensor x = v(0.5, -1.0);
        Tensor g = Grad.grad(x.pow(3.0).sum(), x, true);
        assertTrue(g.requiresGrad());
        Tensor gg = Grad.grad(g.sum(), x, false);
        assertArrayEquals(new double[] {3.0, -6.0}, gg.toDoubleArray(), 1e-12);
        assertFalse(Grad.grad(x.pow(3.0).sum(), x, false).requiresGrad());
    }

    @Test
    void aVectorJacobianProductSkipsTheGradientsNobodyAskedFor() {
        Tensor w = Tensor.fromValues(new double[] {1, 2, 3, 4}, DType.FLOAT64, 2, 2).asVariable();
        Tensor z = v(0.5, -1.0).reshape(1, 2);
        Tensor f = z.linear(w, null).tanh();
        long calls = NativeCalls.count(() -> Grad.grad(List.of(f.sum()), List.of(z), null, false, false));
        long withWeights = NativeCalls.count(() -> Grad.grad(List.of(f.sum()), List.of(z, w), null, false, false));
        assertTrue(calls < withWeights, "asking for dz alone took " + calls + " native calls, dz and dW " + withWeights);
        assertArrayEquals(Grad.grad(List.of(f.sum()), List.of(z, w), null, false, false).get(0).toDoubleArray(),
                Grad.grad(f.sum(), z, false).toDoubleArray(), 0.0);
    }

    @Test
    void unusedInputsAreNullWhenAllowedAndAnErrorOtherwise() {
        Tensor x = v(1, 2);
        Tensor unused = v(3);
        Tensor y = x.sum();
        assertNull(Grad.grad(List.of(y), List.of(x, unused), null, false, true).get(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grad.grad(List.of(y), List.of(x, unused), null, false, false));
        assertTrue(e.getMessage().contains("input 1") && e.getMessage().contains("allowUnused"), e.getMessage());
    }

    @Test
    void gradOutputsWeightTheVectorJacobianProduct() {
        Tensor x = v(1, 2, 3);
        Tensor y = x.square();
        Tensor w = Tensor.fromValues(new double[] {1, 0, -1}, DType.FLOAT64, 3);
        Tensor g = Grad.grad(List.of(y), List.of(x), List.of(w), false, false).get(0);
        assertArrayEquals(new double[] {2, 0, -6}, g.toDoubleArray(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grad.grad(List.of(y), List.of(x), List.of(Tensor.ones(DType.FLOAT64, 2)), false, false));
        assertTrue(e.getMessage().contains("gradOutputs[0] has shape [2] but output 0 has shape [3]"), e.getMessage());
    }

    @Test
    void shapeErrorsNameTheOpAndBothShapes() {
        Tensor a = Tensor.zeros(DType.FLOAT32, 3, 4);
        Tensor b = Tensor.zeros(DType.FLOAT32, 5);
        assertMessage("add: shapes [3, 4] and [5] do not broadcast", () -> a.add(b));
        assertMessage("mul: shapes [3, 4] and [5] do not broadcast", () -> a.mul(b));
        assertMessage("matmul: shapes [3, 4] and [3, 4] do not multiply", () -> a.matmul(a));
        assertMessage("concat: shapes [3, 4] and [5] differ", () -> Tensor.concat(0, a, b));
        assertMessage("reshape: cannot reshape [3, 4] (12 elements) to [5] (5 elements)", () -> a.reshape(5));
        assertMessage("combine: shapes [3, 4] and [5] differ", () -> Tensor.combine(new double[] {1, 1}, a, b));
    }

    @Test
    void mixingDtypesIsAClearError() {
        Tensor f = Tensor.zeros(DType.FLOAT32, 2);
        Tensor d = Tensor.zeros(DType.FLOAT64, 2);
        assertMessage("add: dtypes float32 and float64 differ; convert one with Tensor.to(DType)", () -> f.add(d));
        assertMessage("matmul: dtypes", () -> f.reshape(1, 2).matmul(d.reshape(2, 1)));
        assertEquals(DType.FLOAT64, f.to(DType.FLOAT64).add(d).dtype());
    }

    @Test
    void castPassesGradientsBackInTheOriginalDtype() {
        Tensor x = v(1, 2);
        Tensor g = Grad.grad(x.to(DType.FLOAT32).square().sum(), x, false);
        assertEquals(DType.FLOAT64, g.dtype());
        assertArrayEquals(new double[] {2, 4}, g.toDoubleArray(), 1e-6);
    }

    @Test
    void whereDoesNotLeakNonFiniteValuesFromTheSideNotChosen() {
        Tensor x = v(-1, 4);
        Tensor mask = x.gt(0.0);
        Tensor y = Tensor.where(mask, x.sqrt(), Tensor.scalar(0.0, DType.FLOAT64));
        assertArrayEquals(new double[] {0, 2}, y.toDoubleArray(), 1e-12);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(DType.class)
    void nonFiniteScalarsPropagateInsteadOfBeingReplaced(DType dtype) {
        Tensor x = Tensor.fromValues(new double[] {1, 2}, dtype, 2);
        assertTrue(Double.isNaN(x.mul(Double.NaN).toDoubleArray()[0]));
        assertTrue(Double.isNaN(x.add(Double.NaN).toDoubleArray()[1]));
        assertTrue(Double.isNaN(Tensor.combine(new double[] {1, Double.NaN}, x, x).toDoubleArray()[0]));
        assertEquals(Double.POSITIVE_INFINITY, x.mul(Double.POSITIVE_INFINITY).toDoubleArray()[0]);
    }

    @Test
    void backwardNeedsAScalarThatDependsOnAVariable() {
        assertMessage("backward: needs a one-element tensor", () -> v(1, 2).square().backward());
        assertMessage("does not depend on anything", () -> Tensor.scalar(1.0, DType.FLOAT64).backward());
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }
}
