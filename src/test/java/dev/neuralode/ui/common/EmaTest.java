package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmaTest {

    @Test
    void theFirstValueComesOutUnbiased() {
        assertEquals(20.0, new Ema(0.9).next(20.0), 1e-12);
    }

    @Test
    void anAlternatingSeriesBecomesANarrowLineBetweenItsValues() {
        Ema ema = new Ema(0.9);
        double last = 0;
        double previous = 0;
        for (int i = 0; i < 200; i++) {
            previous = last;
            last = ema.next(i % 2 == 0 ? 50 : 56);
        }
        assertEquals(53, last, 0.3);
        assertTrue(Math.abs(last - previous) < 0.6, "ripple " + Math.abs(last - previous) + " of a swing of 6");
    }

    @Test
    void aConstantStaysConstantAndNonFiniteValuesAreSkipped() {
        Ema ema = new Ema(0.95);
        for (int i = 0; i < 50; i++) {
            assertEquals(3.0, ema.next(i == 10 ? Double.NaN : 3.0), 1e-12);
        }
        ema.reset();
        assertTrue(Double.isNaN(ema.next(Double.POSITIVE_INFINITY)));
        assertEquals(7.0, ema.next(7.0), 1e-12);
    }

    @Test
    void betaOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Ema(1.0));
    }

    @Test
    void bothWaysAStraightTrendStaysOnItselfWhereOneWayTrailsIt() {
        double[] ramp = new double[100];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = 20 - 0.2 * i;
        }
        double[] smoothed = Ema.bothWays(ramp, ramp.length, 0.8);
        assertEquals(ramp[50], smoothed[50], 1e-3, "no lag in the middle");
        Ema oneWay = new Ema(0.8);
        double trailing = 0;
        for (int i = 0; i <= 50; i++) {
            trailing = oneWay.next(ramp[i]);
        }
        assertTrue(trailing - ramp[50] > 0.5, "a one-way average trails a falling series: " + (trailing - ramp[50]));
    }

    @Test
    void bothWaysFlattensAnAlternationAndKeepsGapsAsGaps() {
        double[] alternating = new double[60];
        for (int i = 0; i < alternating.length; i++) {
            alternating[i] = i % 2 == 0 ? 50 : 56;
        }
        alternating[30] = Double.NaN;
        double[] smoothed = Ema.bothWays(alternating, alternating.length, 0.8);
        assertEquals(53, smoothed[20], 0.5);
        assertTrue(Double.isNaN(smoothed[30]));
        assertEquals(53, smoothed[40], 0.5);
    }
}
