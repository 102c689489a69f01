package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.data.AnalyticDensity;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DensityGridTest {

    /** The target's grid on the square a kl session shows holds its whole mass, and peaks where the target does. */
    @ParameterizedTest
    @EnumSource(AnalyticDensity.class)
    void aTargetGridHoldsTheTargetsMassOnTheSquareTheViewShows(AnalyticDensity target) {
        double[] bounds = ViewBounds.around(target.sample(DensityData.PRESET_POINTS, new Random(0)));
        DensityGrid grid = DensityGrid.of(target, bounds, 100);
        assertEquals(0, grid.nfe());
        assertEquals(1.0, grid.mass(), 0.03, target + " mass on the grid");
        int peak = 0;
        for (int k = 1; k < grid.logDensity().length; k++) {
            if (grid.logDensity()[k] > grid.logDensity()[peak]) {
                peak = k;
            }
        }
        double x = grid.x(peak % 100);
        double y = grid.y(peak / 100);
        assertEquals(target.logDensity(x, y), grid.logDensity()[peak], 1e-12);
        assertTrue(grid.logDensity()[peak] > target.logDensity(bounds[0], bounds[2]) + 5, "the peak stands out from the corner");
    }
}
