package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomOpTest {

    /** y = a * exp(b) computed in forward, with a hand-written backward. */
    private static final class ScaledExp extends CustomOp {
        ScaledExp() {
            super("scaled_exp");
        }

        @Override
        protected Tensor forward(Tensor[] x) {
            assertFalse(GradMode.isEnabled());
            return x[0].mul(x[1].exp());
        }

        @Override
        protected Tensor[] backward(Tensor[] x, Tensor y, Tensor g) {
            return new Tensor[] {g.mul(x[1].exp()), g.mul(y)};
        }
    }

    @Test
    void customBackwardRuleMatchesFiniteDifferencesAtBothOrders() {
        GradCheck.check("custom op", x -> new ScaledExp().apply(x[0], x[1]),
                GradCheck.uniform(new java.util.Random(1), -1, 1, 3, 2), GradCheck.uniform(new java.util.Random(2), -1, 1, 3, 2));
    }

    @Test
    void outputIsRecordedOnlyWhenAnInputRequiresAGradient() {
        Tensor a = Tensor.fromValues(new double[] {1, 2}, DType.FLOAT64, 2);
        Tensor b = Tensor.fromValues(new double[] {0, 0}, DType.FLOAT64, 2);
        assertFalse(new ScaledExp().apply(a, b).requiresGrad());
        Tensor av = a.asVariable();
        Tensor y = new ScaledExp().apply(av, b);
        assertTrue(y.requiresGrad());
        Tensor g = Grad.grad(List.of(y.sum()), List.of(av), null, false, false).get(0);
        assertArrayEquals(new double[] {1, 1}, g.toDoubleArray(), 1e-12);
    }
}
