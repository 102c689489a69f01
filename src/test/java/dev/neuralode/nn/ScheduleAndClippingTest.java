package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** StepLR/MultiStepLR-style schedules and clip_grad_norm_ semantics. */
class ScheduleAndClippingTest {

    @Test
    void stepScheduleDecaysEveryStepSizeEpochs() {
        StepSchedule s = new StepSchedule(0.1, 3, 0.5);
        double[] expected = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025};
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e], s.rate(e), 1e-15, "epoch " + e);
        }
    }

    @Test
    void multiStepScheduleDecaysAtMilestones() {
        // torchdiffeq's ODE-Net schedule: 0.1, times 0.1 at epochs 60, 100 and 140.
        MultiStepSchedule s = new MultiStepSchedule(0.1, List.of(60L, 100L, 140L), 0.1);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.1, s.rate(59), 1e-15);
        assertEquals(0.01, s.rate(60), 1e-15);
        assertEquals(0.01, s.rate(99), 1e-15);
        assertEquals(0.001, s.rate(100), 1e-15);
        assertEquals(1e-4, s.rate(140), 1e-15);
        assertEquals(1e-4, s.rate(1000), 1e-15);
    }

    @Test
    void scheduleSetsTheOptimizersRate() {
        SGD sgd = new SGD(Map.of("p", new Parameter(Tensor.zeros(DType.FLOAT64, 1))), 0.1);
        new StepSchedule(0.2, 2, 0.1).applyTo(sgd, 5);
        assertEquals(0.2 * 0.01, sgd.learningRate(), 1e-15);
    }

    @Test
    void schedulesRejectBadArguments() {
        var order = assertThrows(IllegalArgumentException.class, () -> new MultiStepSchedule(0.1, List.of(100L, 60L), 0.1));
        assertTrue(order.getMessage().contains("[100, 60]"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StepSchedule(0.1, 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new StepSchedule(0.1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepSchedule(0.1, 1, 0.5).rate(-1));
    }

    private static Parameter withGrad(double... g) {
        Parameter p = new Parameter(Tensor.zeros(DType.FLOAT64, g.length));
        p.tensor().mul(Tensor.fromValues(g, DType.FLOAT64, g.length)).sum().backward();
        return p;
    }

    @Test
    void clipsByTheTotalNormOverAllGradients() {
        // sqrt(3^2 + 4^2 + 12^2) = 13; max 6.5 scales by 6.5 / (13 + 1e-6), about one half.
        Parameter a = withGrad(3, 4);
        Parameter b = withGrad(12);
        Parameter none = new Parameter(Tensor.zeros(DType.FLOAT64, 2));
        double norm = GradientClipping.clipGradNorm(List.of(a, b, none), 6.5);
        assertEquals(13.0, norm, 1e-12);
        double c = 6.5 / (13 + 1e-6);
        assertArrayEquals(new double[] {3 * c, 4 * c}, a.grad().toDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {12 * c}, b.grad().toDoubleArray(), 1e-15);
        assertNull(none.grad());
    }

    @Test
    void leavesSmallGradientsAloneAndWorksWithoutRecording() {
        Parameter a = withGrad(3, 4);
        try (GradMode off = GradMode.disabled()) {
            assertEquals(5.0, GradientClipping.clipGradNorm(List.of(a), 6.0), 1e-12);
            assertArrayEquals(new double[] {3, 4}, a.grad().toDoubleArray(), 0);
            // As in PyTorch, a norm equal to the maximum is still scaled, by 5 / (5 + 1e-6).
            assertEquals(5.0, GradientClipping.clipGradNorm(List.of(a), 5.0), 1e-12);
            assertArrayEquals(new double[] {3 * 5 / (5 + 1e-6), 4 * 5 / (5 + 1e-6)}, a.grad().toDoubleArray(), 1e-15);
            GradientClipping.clipGradNorm(List.of(a), 1.0);
        }
        assertArrayEquals(new double[] {0.6, 0.8}, a.grad().toDoubleArray(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> GradientClipping.clipGradNorm(List.of(a), 0));
    }
}
