package dev.neuralode.ui.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void ticksAreRoundMultiplesInsideTheRange() {
        assertArrayEquals(new double[] {-10, -5, 0, 5, 10}, AxisTicks.of(-12.3, 11.7, 6), 0.0);
        assertArrayEquals(new double[] {0.2, 0.4, 0.6}, AxisTicks.of(0.13, 0.71, 5), 0.0, "no 0.6000000000000001");
        assertArrayEquals(new double[] {0, 2}, AxisTicks.of(-0.4, 2.2, 3), 0.0, "-0 is drawn as 0");
        assertArrayEquals(new double[] {0, 10}, AxisTicks.of(-3.7, 19.1, 2), 0.0, "never a single tick");
    }

    @Test
    void atMostTheRequestedNumberAndNoneForAnEmptyRange() {
        for (int most = 2; most < 12; most++) {
            double[] t = AxisTicks.of(-3.7, 19.1, most);
            assertTrue(t.length <= most + 1 && t.length >= 2, most + ": " + t.length);
        }
        assertEquals(0, AxisTicks.of(1, 1, 5).length);
        assertEquals(0, AxisTicks.of(0, Double.NaN, 5).length);
    }

    @Test
    void labelsHaveTheDecimalsTheStepNeeds() {
        assertEquals("5", AxisTicks.label(5, 5));
        assertEquals("-2", AxisTicks.label(-2, 2));
        assertEquals("0.4", AxisTicks.label(0.4, 0.2));
        assertEquals("0.05", AxisTicks.label(0.05, 0.05));
        assertEquals("10", AxisTicks.label(10, 10));
    }
}
