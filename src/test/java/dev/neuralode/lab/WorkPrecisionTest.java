package dev.neuralode.lab;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ode.Method;
import dev.neuralode.ode.Methods;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPrecisionTest {

    private static final OdeSystem DECAY = Catalogue.byName("exponential-decay").system();

    @Test
    void theErrorFallsWithEveryDecadeOfToleranceForEveryAdaptiveMethodOnVanDerPol() {
        OdeSystem vdp = Catalogue.byName("van-der-pol").system(Map.of("mu", 1.0, "t1", 5.0));
        List<String> adaptive = WorkPrecision.adaptiveNames();
        assertEquals(List.of("dopri8", "dopri5", "tsit5", "bosh3", "fehlberg2", "adaptive_heun"), adaptive);
        for (String name : adaptive) {
            Method m = Methods.byName(name);
            // Four decades each; the second-order methods start looser so that their tightest solve stays cheap.
            double[] tols = WorkPrecision.tolerances(m.order() >= 3 ? "1e-3:1e-6" : "1e-2:1e-5", null);
            WorkPrecision.Diagram d = WorkPrecision.measure(vdp, List.of(m), tols, SolveSettings.defaults(), 1, null, null);
            assertTrue(d.referenceNote().startsWith("dopri8"), d.referenceNote());
            List<WorkPrecision.Row> rows = d.rowsOf(name);
            assertEquals(4, rows.size());
            for (int k = 1; k < rows.size(); k++) {
                WorkPrecision.Row looser = rows.get(k - 1);
                WorkPrecision.Row tighter = rows.get(k);
                assertFalse(tighter.failed(), tighter.failure());
                assertTrue(tighter.error() < looser.error(), name + ": error " + tighter.error() + " at tol "
                        + tighter.tolerance() + " is not below " + looser.error() + " at tol " + looser.tolerance());
            }
        }
    }

    @Test
    void aRangeGivesOneToleranceADecadeLooseToTightUnlessToldHowMany() {
        double[] t = WorkPrecision.tolerances("1e-3:1e-10", null);
        assertEquals(8, t.length);
        for (int k = 0; k < t.length; k++) {
            assertEquals(Math.pow(10, -3 - k), t[k], 1e-12 * Math.pow(10, -3 - k));
        }
        assertArrayEquals(t, WorkPrecision.tolerances(" 1e-10 : 1e-3 ", null));
        double[] three = WorkPrecision.tolerances("1e-2:1e-6", 3);
        assertEquals(1e-4, three[1], 1e-16);
        assertArrayEquals(new double[] {1e-6}, WorkPrecision.tolerances("1e-6", null));
    }

    @Test
    void aBadRangeIsRefusedWithTheFormItShouldHave() {
        for (String bad : new String[] {"fast", "1e-3:", "2:1e-3", "1e-3:1e-3", "1e-3:1e-4:1e-5", "0"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WorkPrecision.tolerances(bad, null), bad);
            assertTrue(e.getMessage().contains("1e-3:1e-10"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> WorkPrecision.tolerances("1e-3:1e-6", 1));
        assertThrows(IllegalArgumentException.class, () -> WorkPrecision.tolerances("1e-6", 4));
    }

    @Test
    void aFixedGridMethodIsRefusedNamingTheAdaptiveOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkPrecision.measure(DECAY,
                List.of(Methods.DOPRI5, Methods.RK4), new double[] {1e-3}, SolveSettings.defaults(), 1, null, null));
        assertEquals("rk4 takes fixed steps and has no tolerance to sweep; a work-precision diagram compares the"
                + " adaptive methods: dopri8, dopri5, tsit5, bosh3, fehlberg2, adaptive_heun", e.getMessage());
    }

    @Test
    void aSolveThatRunsOutOfStepsIsAFailedRowAndTheDiagramGoesOn() {
        SolveSettings few = SolveSettings.defaults().withMaxSteps(12);
        WorkPrecision.Diagram d = WorkPrecision.measure(DECAY, List.of(Methods.BOSH3, Methods.DOPRI5),
                new double[] {1e-3, 1e-9}, few, 2, null, null);
        assertFalse(d.cancelled());
        assertEquals(4, d.rows().size());
        WorkPrecision.Row tight = d.rowsOf("bosh3").get(1);
        assertTrue(tight.failed() && tight.failure().contains("12"), String.valueOf(tight.failure()));
        assertTrue(Double.isNaN(tight.error()));
        WorkPrecision.Row loose = d.rowsOf("bosh3").get(0);
        assertFalse(loose.failed(), loose.failure());
        assertTrue(loose.error() > 0 && loose.error() < 1e-2, "error " + loose.error());
        assertEquals(loose.nfe(), WorkPrecision.measure(DECAY, List.of(Methods.BOSH3), new double[] {1e-3},
                SolveSettings.defaults(), 1, null, null).rows().get(0).nfe(), "the step limit does not change a solve within it");
        assertEquals("closed form", d.referenceNote());
    }

    @Test
    void progressCountsTheRowsAndCancellingStopsBetweenSolves() {
        List<int[]> told = new ArrayList<>();
        WorkPrecision.Diagram d = WorkPrecision.measure(DECAY, List.of(Methods.DOPRI5, Methods.TSIT5),
                new double[] {1e-3, 1e-4, 1e-5}, SolveSettings.defaults(), 1, (done, total) -> told.add(new int[] {done, total}),
                () -> told.size() >= 2);
        assertTrue(d.cancelled());
        assertEquals(2, d.rows().size());
        assertArrayEquals(new int[] {1, 6}, told.get(0));
        assertArrayEquals(new int[] {2, 6}, told.get(1));
        assertEquals(2, told.size());
    }
}
