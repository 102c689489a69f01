package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnalyticDensityTest {

    @ParameterizedTest
    @EnumSource(AnalyticDensity.class)
    void densityIntegratesToOneOverAGrid(AnalyticDensity d) {
        int n = 400;
        double lo = -4;
        double h = 8.0 / n;
        double mass = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mass += Math.exp(d.logDensity(lo + (i + 0.5) * h, lo + (j + 0.5) * h)) * h * h;
            }
        }
        assertEquals(1.0, mass, 0.02, d + " total mass");
    }

    /** Samples and density agree: the density's mass in a box matches the fraction of samples in it. */
    @ParameterizedTest
    @EnumSource(AnalyticDensity.class)
    void samplesFollowTheDensity(AnalyticDensity d) {
        PointSet p = d.sample(20000, new Random(7));
        double[][] boxes = {{0, 0, 1.5, 1.5}, {-2.5, -1, 0, 1}, {-0.6, -0.6, 0.6, 0.6}};
        for (double[] b : boxes) {
            int inside = 0;
            for (int i = 0; i < p.size(); i++) {
                if (p.x(i) >= b[0] && p.x(i) < b[2] && p.y(i) >= b[1] && p.y(i) < b[3]) {
                    inside++;
                }
            }
            double mass = 0;
            int n = 150;
            double hx = (b[2] - b[0]) / n;
            double hy = (b[3] - b[1]) / n;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    mass += Math.exp(d.logDensity(b[0] + (i + 0.5) * hx, b[1] + (j + 0.5) * hy)) * hx * hy;
                }
            }
            double fraction = inside / (double) p.size();
            assertTrue(Math.abs(fraction - mass) < 0.02, d + " box " + java.util.Arrays.toString(b) + ": samples " + fraction + ", density " + mass);
        }
    }
}
