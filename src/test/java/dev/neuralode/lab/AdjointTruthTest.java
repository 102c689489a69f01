package dev.neuralode.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.lab.AdjointReport.MethodResult;
import dev.neuralode.lab.AdjointTruth.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class AdjointTruthTest {

    private static final AdjointTruth.Options QUICK = new AdjointTruth.Options(true, false, 20);
    private static final SolveSettings TIGHT = SolveSettings.defaults().withTolerances(1e-10, 1e-12);

    private static AdjointReport run(String problem, Map<String, Double> values, SolveSettings s, double horizon) {
        return AdjointTruth.run(AdjointProblems.byName(problem), values, s, horizon, QUICK, null, null);
    }

    @Test
    void atTightTolerancesEveryMethodAgreesWithTheReferenceAndTheClosedForm() {
        // Undamped with omega = 1: z(T) is z0 turned by T, so L = |z0|^2, dL/dz0 = 2 z0 = (2, 0); with
        // omega free, L = cos^2(omega T) + omega^2 sin^2(omega T), so dL/domega = 2 sin^2(T) at omega = 1.
        double horizon = 2;
        AdjointReport r = run("harmonic-oscillator", Map.of("damping", 0.0), TIGHT, horizon);
        assertEquals(List.of("z0[x]", "z0[v]", "omega", "damping"), r.labels());
        assertNotNull(r.reference(), r.referenceNote());
        assertArrayEquals(new double[] {2, 0, 2 * Math.pow(Math.sin(horizon), 2)}, java.util.Arrays.copyOf(r.reference(), 3),
                1e-9);
        for (Method m : List.of(Method.DIRECT, Method.ADJOINT, Method.CHECKPOINTED)) {
            MethodResult res = r.method(m);
            assertNull(res.failure());
            assertTrue(res.relativeError() < 1e-7, m + " relative error " + res.relativeError());
            assertEquals(1.0, res.loss(), 1e-8);
        }
        MethodResult fd = r.method(Method.FINITE_DIFFERENCES);
        assertTrue(fd.relativeError() < 1e-5, "finite differences " + fd.relativeError());
        assertTrue(fd.forwardNfe() > 0 && fd.backwardNfe() == 0 && fd.tapeBytes() == 0);
        assertEquals(20, r.times().length);
        assertEquals(Math.cos(horizon), r.trajectory()[19][0], 1e-9);
    }

    @Test
    void onContractingDecayTheAdjointsReconstructionIsFarOffAndTheCheckpointedOneIsNot() {
        AdjointReport r = run("exponential-decay", Map.of("k", 20.0), SolveSettings.defaults(), 1);
        AdjointReport.Reconstruction adjoint = r.method(Method.ADJOINT).reconstruction();
        AdjointReport.Reconstruction checkpointed = r.method(Method.CHECKPOINTED).reconstruction();
        assertTrue(adjoint.times().length > 3 && checkpointed.times().length > 3);
        for (int k = 0; k < adjoint.times().length; k++) {
            assertEquals(Math.exp(-20 * adjoint.times()[k]), adjoint.reference()[k][0], 1e-9);
        }
        assertTrue(adjoint.maxError() > 1e-2, "adjoint reconstruction error " + adjoint.maxError());
        assertTrue(checkpointed.maxError() < 1e-4 * adjoint.maxError(),
                "checkpointed " + checkpointed.maxError() + " against adjoint " + adjoint.maxError());
        assertTrue(r.method(Method.ADJOINT).relativeError() > 100 * r.method(Method.CHECKPOINTED).relativeError(),
                "the reconstruction error spoils the adjoint's gradient: " + r.method(Method.ADJOINT).relativeError()
                        + " against " + r.method(Method.CHECKPOINTED).relativeError());
        assertNull(r.method(Method.DIRECT).reconstruction());
    }

    @Test
    void directBackpropagationsTapeGrowsWithTheHorizonAndTheAdjointsStaysFlat() {
        List<Double> fractions = new ArrayList<>();
        List<AdjointReport> sweep = AdjointTruth.sweep(AdjointProblems.byName("harmonic-oscillator"), Map.of(),
                SolveSettings.defaults(), new double[] {1, 4, 16}, new AdjointTruth.Options(false, false, 10),
                (what, fraction) -> fractions.add(fraction), null);
        assertEquals(3, sweep.size());
        assertNull(sweep.get(0).method(Method.FINITE_DIFFERENCES));
        long direct1 = sweep.get(0).method(Method.DIRECT).tapeBytes();
        long direct16 = sweep.get(2).method(Method.DIRECT).tapeBytes();
        long adjoint1 = sweep.get(0).method(Method.ADJOINT).tapeBytes();
        long adjoint16 = sweep.get(2).method(Method.ADJOINT).tapeBytes();
        assertTrue(direct16 > 5 * direct1, "direct tape " + direct1 + " -> " + direct16);
        assertTrue(adjoint16 <= 1.5 * adjoint1 && adjoint16 * 20 < direct16, "adjoint tape " + adjoint1 + " -> " + adjoint16);
        assertTrue(sweep.get(2).method(Method.CHECKPOINTED).tapeBytes() > 5 * sweep.get(0).method(Method.CHECKPOINTED)
                .tapeBytes(), "checkpoints at every step grow with the steps");
        assertTrue(sweep.get(2).method(Method.ADJOINT).backwardNfe() > sweep.get(0).method(Method.ADJOINT).backwardNfe());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void chaoticLorenzRefusesLongHorizonsBeforeComputingAnything() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdjointTruth.sweep(
                AdjointProblems.byName("lorenz"), Map.of(), SolveSettings.defaults(), new double[] {1, 100}, QUICK, null,
                () -> {
                    throw new AssertionError("nothing may be solved");
                }));
        assertTrue(e.getMessage().contains("lorenz is chaotic") && e.getMessage().contains("up to 20"), e.getMessage());
    }

    @Test
    void aCancelledRunStops() {
        assertThrows(CancellationException.class, () -> AdjointTruth.run(AdjointProblems.byName("van-der-pol"), Map.of(),
                SolveSettings.defaults(), 10, QUICK, null, () -> true));
    }

    @Test
    void theProblemsSolveAsLabProblemsToo() {
        for (AdjointProblem p : AdjointProblems.all()) {
            OdeSystem s = p.system();
            SolveReport r = LabSolve.run(s, SolveSettings.defaults(), LabSolve.outputTimes(s, 5), null, false);
            assertTrue(r.completed(), p.name());
        }
        OdeSystem vdp = AdjointProblems.byName("van-der-pol").system(Map.of("mu", 2.0));
        double[] dy = new double[2];
        vdp.f().derivative(0, new double[] {2, 1}, dy);
        assertArrayEquals(new double[] {1, 2 * (1 - 4) * 1 - 2}, dy, 1e-15);
        assertThrows(IllegalArgumentException.class, () -> AdjointProblems.byName("nope"));
    }
}
