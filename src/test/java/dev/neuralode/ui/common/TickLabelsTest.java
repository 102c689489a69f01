package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Compact tick labels: 2.5k, 1e-3, and only the decimals a step needs. */
class TickLabelsTest {

    @Test
    void thousandsTakeASuffixWhenTheStepAllows() {
        assertArrayEquals(new String[] {"0", "0.5k", "1k", "1.5k", "2k", "2.5k"},
                TickLabels.of(new double[] {0, 500, 1000, 1500, 2000, 2500}, 500));
        assertArrayEquals(new String[] {"10k", "12k", "14k"}, TickLabels.of(new double[] {10_000, 12_000, 14_000}, 2000));
        assertArrayEquals(new String[] {"1.5M", "2M"}, TickLabels.of(new double[] {1.5e6, 2e6}, 5e5));
    }

    @Test
    void closeIterationsStayWholeNumbers() {
        assertArrayEquals(new String[] {"1356", "1357", "1358"}, TickLabels.of(new double[] {1356, 1357, 1358}, 1));
        assertArrayEquals(new String[] {"250", "500", "750"}, TickLabels.of(new double[] {250, 500, 750}, 250));
    }

    @Test
    void smallValuesAreScientific() {
        assertArrayEquals(new String[] {"0", "1e-3", "2e-3"}, TickLabels.of(new double[] {0, 0.001, 0.002}, 0.001));
        assertArrayEquals(new String[] {"5e-4", "1e-3", "1.5e-3"}, TickLabels.of(new double[] {5e-4, 1e-3, 1.5e-3}, 5e-4));
        assertArrayEquals(new String[] {"-2.5e-5", "0", "2.5e-5"}, TickLabels.of(new double[] {-2.5e-5, 0, 2.5e-5}, 2.5e-5));
    }

    @Test
    void decimalsFollowTheStepAndLineUp() {
        assertArrayEquals(new String[] {"0.50", "0.75", "1.00"}, TickLabels.of(new double[] {0.5, 0.75, 1.0}, 0.25));
        assertArrayEquals(new String[] {"-1.0", "0.0", "1.0"}, TickLabels.of(new double[] {-1, -1e-17, 1}, 0.5));
        assertArrayEquals(new String[] {"2.75352", "2.75354"}, TickLabels.of(new double[] {2.75352, 2.7535400000000003}, 2e-5));
        assertArrayEquals(new String[] {"0.3"}, TickLabels.of(new double[] {3 * 0.1}, 0.1));
    }

    @Test
    void aSingleValueHasThreeSignificantDigitsAtMost() {
        assertEquals("2", TickLabels.single(2.0000000001));
        assertEquals("2.51", TickLabels.single(2.5118864315));
        assertEquals("2e-3", TickLabels.single(0.002));
        assertEquals("12.3k", TickLabels.single(12_345));
        assertEquals("1000", TickLabels.single(1000));
        assertEquals("0.05", TickLabels.single(0.05));
        assertEquals("0", TickLabels.single(0));
    }

    @Test
    void decimalsOfRoundSteps() {
        assertEquals(0, TickLabels.decimals(5));
        assertEquals(1, TickLabels.decimals(0.5));
        assertEquals(2, TickLabels.decimals(0.25));
        assertEquals(3, TickLabels.decimals(0.001));
    }
}
