package dev.neuralode.lab;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchCouplingTest {

    private static final OdeSystem VDP = Catalogue.byName("van-der-pol").system(Map.of("mu", 1.0, "t1", 5.0));
    private static final SolveSettings DOPRI5 = SolveSettings.defaults();

    /** Starts near the limit cycle, which Van der Pol follows with moderate steps. */
    private static double[][] easyAnd(double[] hard) {
        return new double[][] {{2, 0}, {1.8, 0.3}, {2.2, -0.3}, {1.9, 0.1}, hard};
    }

    @Test
    void copiesOfOneStartCostWhatOneCostsAlone() {
        // The RMS over identical rows is the RMS of one row: the same steps exactly.
        BatchCoupling.Result r = BatchCoupling.measure(VDP, DOPRI5, new double[][] {{2, 0}, {2, 0}, {2, 0}});
        assertTrue(r.completed());
        assertEquals(r.members().get(0).nfe(), r.batchNfe());
        assertEquals(r.batchNfe(), r.maxAlone());
        assertEquals(3 * r.batchNfe(), r.sumAlone());
        assertEquals(r.sumAlone(), r.memberEvaluations());
    }

    @Test
    void oneHardMemberMakesEveryMemberPay() {
        // From x = 10 the damping term mu (1 - x^2) v is a hundred times larger: a fast collapse onto the
        // limit cycle that dopri5 follows only with small steps.
        BatchCoupling.Result r = BatchCoupling.measure(VDP, DOPRI5, easyAnd(new double[] {10, 0}));
        assertTrue(r.completed());
        int easiest = r.members().subList(0, 4).stream().mapToInt(BatchCoupling.Member::nfe).max().orElseThrow();
        int hard = r.members().get(4).nfe();
        assertEquals(hard, r.maxAlone());
        assertTrue(hard > 3 * easiest, "the hard member alone: " + hard + ", the easy ones at most " + easiest);
        assertTrue(r.batchNfe() > 3 * easiest, "batch " + r.batchNfe() + " against " + easiest + " for the easy members");
        // Every member is evaluated at every batch step: far more work than solving them one by one.
        assertTrue(r.memberEvaluations() > 2 * r.sumAlone(), r.memberEvaluations() + " against " + r.sumAlone());
    }

    @Test
    void theRmsNormDilutesTheHardMemberSoTheBatchCanCostLessThanItAlone() {
        // Among four easy members the hard one's scaled error counts about sqrt(5) times less than alone:
        // the batch is not bounded below by its costliest member.
        BatchCoupling.Result r = BatchCoupling.measure(VDP, DOPRI5, easyAnd(new double[] {6, 0}));
        assertTrue(r.completed());
        assertEquals(r.members().get(4).nfe(), r.maxAlone());
        assertTrue(r.batchNfe() < r.maxAlone(), "batch " + r.batchNfe() + ", hard member alone " + r.maxAlone());
        assertTrue(r.batchNfe() > r.members().get(0).nfe(), "but more than an easy member alone");
    }

    @Test
    void theWindowsBatchIsTheStartACircleAroundItAndAScaledHardStart() {
        double[][] b = BatchCoupling.spread(VDP, 6, 0.1, 4);
        assertEquals(6, b.length);
        assertArrayEquals(new double[] {2, 0}, b[0]);
        for (int k = 1; k <= 4; k++) {
            // s = max(1, |y0|) = 2: a circle of radius 0.2 around (2, 0).
            assertEquals(0.2, Math.hypot(b[k][0] - 2, b[k][1]), 1e-12);
        }
        // Member 2 of 4 is at angle pi: x moves by sin(pi) = 0, v by sin(pi + pi/2) = -1 times the radius.
        assertArrayEquals(new double[] {2, -0.2}, b[2], 1e-12);
        assertArrayEquals(new double[] {8, 0}, b[5]);
        OdeSystem atOrigin = VDP.withInitialState(new double[] {0, 0});
        assertArrayEquals(new double[] {3, 3}, BatchCoupling.spread(atOrigin, 2, 0.1, 3)[1]);
        assertThrows(IllegalArgumentException.class, () -> BatchCoupling.spread(VDP, 1, 0.1, 4));
        assertThrows(IllegalArgumentException.class, () -> BatchCoupling.spread(VDP, 4, Double.NaN, 4));
    }

    @Test
    void aProblemWithEventsCannotBeBatched() {
        OdeSystem ball = new OdeSystem("falling ball", List.of("h", "v"), 0, 3, new double[] {1, 0},
                (t, y, dy) -> {
                    dy[0] = y[1];
                    dy[1] = -9.81;
                }, null, new Bounce((t, y) -> y[0], y -> new double[] {0, -0.8 * y[1]}, 20), List.of(), null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchCoupling.measure(ball, DOPRI5, new double[][] {{1, 0}, {2, 0}}));
        assertTrue(e.getMessage().contains("one at a time"), e.getMessage());
    }
}
