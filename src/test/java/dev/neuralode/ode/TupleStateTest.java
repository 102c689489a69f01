package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import org.junit.jupiter.api.Test;

/**
 * Tuple states such as a flow's {@code (z, log p)}: per-part tolerances, the mixed norm, seminorms.
 * Here {@code z' = A z} and {@code (log p)' = -tr(A)}, so {@code log p(t) = log p(0) - tr(A) t}.
 */
class TupleStateTest {

    private static final double[][] A = {{-0.4, 2.0}, {-1.5, -0.2}};
    private static final double TRACE = -0.6;

    private static State flow(double t, State y) {
        Tensor z = y.part(0);
        Tensor dz = z.matmul(Tensor.fromRows(new double[][] {{A[0][0], A[1][0]}, {A[0][1], A[1][1]}}, z.dtype()));
        return State.of(dz, Tensor.full(-TRACE, z.dtype(), y.part(1).shape()));
    }

    private static State start(DType dtype) {
        TestProblems.Problem p = TestProblems.linearSystem();
        return State.of(p.exactTensor(0, dtype), Tensor.zeros(dtype, 3, 1));
    }

    @Test
    void bothPartsMatchTheirExactSolution() {
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Solution s = Odeint.defaults().tolerances(1e-7, 1e-7).solve(TupleStateTest::flow, start(dtype),
                    TimeGrid.of(0, 0.5, 2));
            double tol = dtype == DType.FLOAT32 ? 1e-5 : 1e-6;
            assertTrue(TestProblems.maxError(s.state(2).part(0), TestProblems.linearSystem().exact().apply(2)) < tol);
            for (double v : s.state(2).part(1).toDoubleArray()) {
                assertEquals(-TRACE * 2, v, tol);
            }
            assertEquals(3, s.stacked(1).size(0));
        }
    }

    @Test
    void perPartTolerancesAndNormsChangeTheSteps() {
        State y0 = start(DType.FLOAT64);
        Odeint base = Odeint.defaults().tolerances(1e-8, 1e-8);
        int mixed = base.solve(TupleStateTest::flow, y0, TimeGrid.of(0, 2)).stats().nfe();
        int loose = base.tolerances(Tolerances.perPart(new double[] {1e-4, 1e-8}, new double[] {1e-4, 1e-8}))
                .solve(TupleStateTest::flow, y0, TimeGrid.of(0, 2)).stats().nfe();
        // log p is linear in t, so its error is zero: only z's tolerance matters.
        int seminorm = base.norm(ErrorNorm.mixedRms().ignoring(0)).solve(TupleStateTest::flow, y0, TimeGrid.of(0, 2))
                .stats().nfe();
        int max = base.norm(ErrorNorm.max()).solve(TupleStateTest::flow, y0, TimeGrid.of(0, 2)).stats().nfe();
        assertTrue(loose < mixed, loose + " vs " + mixed);
        assertTrue(seminorm < loose, seminorm + " vs " + loose);
        assertTrue(max >= mixed, max + " vs " + mixed);
        assertThrows(IllegalArgumentException.class, () -> base.norm(ErrorNorm.rms().ignoring(2))
                .solve(TupleStateTest::flow, y0, TimeGrid.of(0, 2)));
    }

    @Test
    void normsComputeWhatTheySay() {
        double[][] parts = {{3, 4}, {1}};
        assertEquals(Math.sqrt(26.0 / 3), ErrorNorm.rms().of(parts), 1e-15);
        assertEquals(4, ErrorNorm.max().of(parts));
        assertEquals(Math.sqrt(12.5), ErrorNorm.mixedRms().of(parts), 1e-15);
        assertEquals(1, ErrorNorm.mixedRms().ignoring(0).of(parts), 1e-15);
    }

    @Test
    void partsMustShareADtype() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> State.of(Tensor.zeros(DType.FLOAT32, 2), Tensor.zeros(DType.FLOAT64, 2)));
        assertTrue(e.getMessage().contains("share one dtype"), e.getMessage());
    }
}
