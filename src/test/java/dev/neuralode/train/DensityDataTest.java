package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.data.PointSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DensityDataTest {

    /** Points with distinct coordinates, so that each can be told apart after a split. */
    private static PointSet numbered(int n) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = i;
            xy[2 * i + 1] = -i;
        }
        return new PointSet("custom", xy);
    }

    private static List<Integer> ids(PointSet p) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            ids.add((int) p.x(i));
        }
        return ids;
    }

    @Test
    void theSplitHoldsOutAFifthDisjointFromTrainingAndCoversEveryPoint() {
        DensityData.Split split = DensityData.split(numbered(1000), 7);
        assertEquals(200, split.heldOut().size());
        assertEquals(800, split.training().size());
        List<Integer> all = new ArrayList<>(ids(split.training()));
        List<Integer> held = ids(split.heldOut());
        assertTrue(Collections.disjoint(all, held), "no point is both trained on and held out");
        all.addAll(held);
        Collections.sort(all);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, all.get(i));
        }
    }

    @Test
    void theSplitIsSeeded() {
        PointSet points = numbered(300);
        assertEquals(ids(DensityData.split(points, 3).heldOut()), ids(DensityData.split(points, 3).heldOut()));
        assertNotEquals(ids(DensityData.split(points, 3).heldOut()), ids(DensityData.split(points, 4).heldOut()));
    }

    @Test
    void aFewPointsAreAllTrainedOn() {
        DensityData.Split split = DensityData.split(numbered(DensityData.MIN_POINTS_TO_HOLD_OUT - 1), 0);
        assertEquals(0, split.heldOut().size());
        assertEquals(DensityData.MIN_POINTS_TO_HOLD_OUT - 1, split.training().size());
    }

    @Test
    void presetsAreSeededByTheDataSeedAndKlShowsASampleOfItsTarget() {
        CnfExperiment moons = CnfExperiment.defaults();
        assertEquals(DensityData.shown(moons, null), DensityData.shown(moons, null));
        assertNotEquals(DensityData.shown(moons, null), DensityData.shown(moons.withSampling(1, 9), null));
        assertNotEquals(DensityData.shown(moons, null), DensityData.shown(moons.withSampling(2, 0), null));
        PointSet kl = DensityData.shown(moons.withData("moons", "kl", "two-circles"), null);
        assertEquals("two-circles", kl.name());
        double[] b = kl.bounds();
        assertTrue(b[2] < 1.5 && b[0] > -1.5, "the two circles have radius 1: " + java.util.Arrays.toString(b));
    }
}
