package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The axis planner: at least three readable, distinct ticks whatever the data; integers on integer axes. */
class TickPlannerTest {

    private static final double MARGIN = 0.04;

    /** Plans an auto-ranged axis the way {@link PlannedAxis} does. */
    private static TickPlanner.Ticks plan(double min, double max, boolean integers, int maxTicks) {
        double[] r = TickPlanner.range(min, max, integers, 0.05, MARGIN);
        return TickPlanner.linear(r[0], r[1], integers, maxTicks, MARGIN);
    }

    private static void assertReadable(TickPlanner.Ticks t) {
        assertTrue(t.values().length >= TickPlanner.MIN_TICKS, "at least three ticks: " + Arrays.toString(t.labels()));
        assertEquals(t.values().length, new HashSet<>(Arrays.asList(t.labels())).size(),
                "every label differs from its neighbours: " + Arrays.toString(t.labels()));
        double inner = MARGIN * (t.hi() - t.lo());
        for (double v : t.values()) {
            assertTrue(v >= t.lo() + inner - 1e-12 * Math.abs(v) && v <= t.hi() - inner + 1e-12 * Math.abs(v),
                    v + " lies inside [" + t.lo() + ", " + t.hi() + "] off the margins");
        }
    }

    private static void assertCompact(TickPlanner.Ticks t) {
        for (String label : t.labels()) {
            assertTrue(label.length() <= 7, "compact label: " + label);
        }
    }

    @Test
    void aConstantSeriesGetsThreeTicksAroundItsValue() {
        TickPlanner.Ticks t = plan(56, 56, true, 5);
        assertReadable(t);
        assertTrue(t.lo() < 56 && t.hi() > 56);
        assertArrayEquals(new String[] {"55", "56", "57"}, t.labels());
    }

    @Test
    void aConstantNonIntegerSeriesAndAConstantZeroGetThreeTicks() {
        assertReadable(plan(2.7535, 2.7535, false, 5));
        assertReadable(plan(0, 0, false, 5));
        assertReadable(plan(0, 0, true, 5));
        assertReadable(plan(-1e-7, -1e-7, false, 5));
    }

    @Test
    void aTinyRangeIsResolvedToDistinctLabels() {
        TickPlanner.Ticks t = plan(2.75352, 2.75358, false, 6);
        assertReadable(t);
        assertTrue(t.labels()[0].startsWith("2.7535"), Arrays.toString(t.labels()));
        assertReadable(plan(1e-9, 1.0000001e-9, false, 6));
    }

    @Test
    void iterationTicksAreIntegersEvenOverAShortSpan() {
        for (double[] range : new double[][] {{1357, 1358}, {1, 1}, {0, 3}, {1357, 1362}, {0, 12_345}}) {
            TickPlanner.Ticks t = plan(range[0], range[1], true, 6);
            assertReadable(t);
            assertCompact(t);
            for (double v : t.values()) {
                assertEquals(Math.rint(v), v, "an integer tick: " + v);
            }
            for (String label : t.labels()) {
                assertTrue(!label.contains(".") || label.endsWith("k"), "no fractional iteration: " + label);
            }
        }
    }

    @Test
    void noMoreTicksThanFitButNeverFewerThanThree() {
        TickPlanner.Ticks roomy = plan(0, 100, false, 6);
        assertCompact(roomy);
        assertTrue(roomy.values().length <= 6 && roomy.values().length >= 3, Arrays.toString(roomy.labels()));
        TickPlanner.Ticks cramped = plan(0, 100, false, 1);
        assertEquals(3, cramped.values().length, Arrays.toString(cramped.labels()));
    }

    @Test
    void aShortAxisTakesALessRoundStepRatherThanCrowdItsLabels() {
        TickPlanner.Ticks t = TickPlanner.linear(1150, 2186, true, 2, 0.04);
        assertEquals(3, t.values().length, Arrays.toString(t.labels()));
        assertArrayEquals(new String[] {"1.2k", "1.6k", "2k"}, t.labels());
    }

    @Test
    void stepsAreRound() {
        TickPlanner.Ticks t = TickPlanner.linear(0, 1000, true, 5, 0);
        assertArrayEquals(new double[] {0, 250, 500, 750, 1000}, t.values());
        assertEquals(250, t.step());
        TickPlanner.Ticks fine = TickPlanner.linear(0.1, 0.2, false, 6, 0);
        assertArrayEquals(new String[] {"0.10", "0.12", "0.14", "0.16", "0.18", "0.20"}, fine.labels());
    }

    @Test
    void noDataGivesAUsableDefaultRange() {
        assertReadable(plan(Double.NaN, Double.NaN, false, 5));
        assertReadable(plan(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, 5));
    }

    @Test
    void aFixedRangeKeepsItsEnds() {
        TickPlanner.Ticks t = TickPlanner.linear(-4, 4, false, 9, MARGIN);
        assertEquals(-4, t.lo());
        assertEquals(4, t.hi());
        assertReadable(t);
    }

    @Test
    void logTicksArePowersOfTenOverDecadesAndOneTwoFiveWithinThem() {
        TickPlanner.Ticks decades = TickPlanner.log(-3.2, 1.3, 6, 0);
        assertArrayEquals(new String[] {"1e-3", "0.01", "0.1", "1", "10"}, decades.labels());
        TickPlanner.Ticks oneTwoFive = TickPlanner.log(0, 1.5, 6, 0);
        assertArrayEquals(new String[] {"1", "2", "5", "10", "20"}, oneTwoFive.labels());
        TickPlanner.Ticks withinADecade = TickPlanner.log(Math.log10(2.6), Math.log10(2.9), 5, 0);
        assertTrue(withinADecade.values().length >= 3, Arrays.toString(withinADecade.labels()));
        for (int i = 0; i < withinADecade.values().length; i++) {
            assertEquals(Double.parseDouble(withinADecade.labels()[i]), Math.pow(10, withinADecade.values()[i]), 1e-9);
        }
    }

    @Test
    void aLossFromThreeToTwentyOnALogAxisReadsInRoundValues() {
        TickPlanner.Ticks t = TickPlanner.log(Math.log10(2.7), Math.log10(21), 4, 0.05);
        assertArrayEquals(new String[] {"5", "10", "15"}, t.labels());
    }

    @Test
    void manyDecadesTakeEveryOtherPowerRatherThanTooMany() {
        TickPlanner.Ticks t = TickPlanner.log(-12, 0, 4, 0);
        assertTrue(t.values().length >= 3 && t.values().length <= 4, Arrays.toString(t.labels()));
    }

    @Test
    void aShortLogAxisOverAFractionOfADecadeStillHasThreeLabels() {
        TickPlanner.Ticks t = TickPlanner.log(Math.log10(2.7), Math.log10(2.95), 1, 0.1);
        assertTrue(t.values().length >= 3, Arrays.toString(t.labels()));
    }

    /** Any range, any axis length: three distinct labels at least, on linear, integer and log axes. */
    @Test
    void everyRandomRangeGetsThreeDistinctLabels() {
        java.util.Random random = new java.util.Random(14);
        for (int trial = 0; trial < 5000; trial++) {
            double centre = Math.pow(10, random.nextDouble() * 16 - 8) * (random.nextBoolean() ? 1 : -1);
            double span = Math.abs(centre) * Math.pow(10, random.nextDouble() * 12 - 10) * (random.nextInt(10) == 0 ? 0 : 1);
            int maxTicks = random.nextInt(12);
            double margin = random.nextDouble() * 0.15;
            boolean integers = random.nextBoolean() && Math.abs(centre) < 1e12;
            double[] r = TickPlanner.range(centre - span / 2, centre + span / 2, integers, 0.05, margin);
            TickPlanner.Ticks linear = TickPlanner.linear(r[0], r[1], integers, maxTicks, margin);
            String what = "centre " + centre + " span " + span + " max " + maxTicks + " integers " + integers + ": "
                    + Arrays.toString(linear.labels());
            assertTrue(linear.values().length >= 3, what);
            assertEquals(linear.values().length, new HashSet<>(Arrays.asList(linear.labels())).size(), what);

            double lo = random.nextDouble() * 10 - 6;
            double hi = lo + Math.pow(10, random.nextDouble() * 4 - 3);
            TickPlanner.Ticks log = TickPlanner.log(lo, hi, maxTicks, margin);
            String logWhat = "log [" + lo + ", " + hi + "] max " + maxTicks + ": " + Arrays.toString(log.labels());
            assertTrue(log.values().length >= 3, logWhat);
            assertEquals(log.values().length, new HashSet<>(Arrays.asList(log.labels())).size(), logWhat);
        }
    }
}
