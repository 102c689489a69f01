package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToyDatasetTest {

    @ParameterizedTest
    @EnumSource(ToyDataset.class)
    void samplesAreReproducibleFiniteAndOfTheRequestedSize(ToyDataset d) {
        PointSet a = d.sample(1000, new Random(1));
        PointSet b = d.sample(1000, new Random(1));
        PointSet c = d.sample(1000, new Random(2));
        assertEquals(1000, a.size());
        assertEquals(a, b);
        assertNotEquals(a, c);
        double[] bounds = a.bounds();
        for (double v : bounds) {
            assertTrue(Math.abs(v) < 8, d + " bounds " + java.util.Arrays.toString(bounds));
        }
        assertEquals(d, ToyDataset.byId(d.id()));
    }

    /** Noise scale 1 is the dataset itself; any scale draws the same random numbers, so only the spread changes. */
    @ParameterizedTest
    @EnumSource(ToyDataset.class)
    void theNoiseScaleSpreadsThePointsAroundTheSameShape(ToyDataset d) {
        PointSet plain = d.sample(500, new Random(5));
        assertEquals(plain, d.sample(500, 1.0, new Random(5)));
        PointSet calm = d.sample(500, 0.0, new Random(5));
        PointSet wild = d.sample(500, 3.0, new Random(5));
        double calmShift = 0;
        double wildShift = 0;
        for (int i = 0; i < plain.size(); i++) {
            calmShift += Math.hypot(calm.x(i) - plain.x(i), calm.y(i) - plain.y(i));
            wildShift += Math.hypot(wild.x(i) - plain.x(i), wild.y(i) - plain.y(i));
        }
        if (d.hasNoise()) {
            assertTrue(calmShift > 0 && wildShift > 1.5 * calmShift, d + ": shift at 0 " + calmShift + ", at 3 " + wildShift);
        } else {
            assertEquals(0.0, calmShift + wildShift, d + " has no noise to scale");
        }
    }

    @Test
    void moonsWithoutNoiseLieExactlyOnTheirArcs() {
        PointSet p = ToyDataset.MOONS.sample(200, 0.0, new Random(6));
        for (int i = 0; i < 100; i++) {
            // The upper arc (cos t, sin t), scaled by 2 and shifted by (-1, -0.2).
            assertEquals(1.0, Math.hypot((p.x(i) + 1) / 2, (p.y(i) + 0.2) / 2), 1e-5);
        }
    }

    @Test
    void aNegativeNoiseScaleIsRefusedWithTheValidRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ToyDataset.MOONS.sample(10, -1, new Random(0)));
        assertTrue(e.getMessage().contains("0 or positive"), e.getMessage());
    }

    private static double radius(PointSet p, int i) {
        return Math.hypot(p.x(i), p.y(i));
    }

    @Test
    void circlesLieOnRadiiThreeAndOneAndAHalf() {
        PointSet p = ToyDataset.CIRCLES.sample(2000, new Random(3));
        for (int i = 0; i < p.size(); i++) {
            double r = radius(p, i);
            assertTrue(Math.abs(r - 3) < 1.2 || Math.abs(r - 1.5) < 1.2, "radius " + r);
        }
        double meanOuter = 0;
        for (int i = 0; i < 1000; i++) {
            meanOuter += radius(p, i) / 1000;
        }
        assertEquals(3.0, meanOuter, 0.05);
    }

    @Test
    void checkerboardPointsFallOnDarkSquaresOnly() {
        PointSet p = ToyDataset.CHECKERBOARD.sample(4000, new Random(4));
        for (int i = 0; i < p.size(); i++) {
            long cx = (long) Math.floor(p.x(i) / 2);
            long cy = (long) Math.floor(p.y(i) / 2);
            assertEquals(0, Math.floorMod(cx + cy, 2), "point " + p.x(i) + "," + p.y(i) + " on a light square");
        }
    }

    @Test
    void eightGaussiansClusterAroundEightCentres() {
        PointSet p = ToyDataset.EIGHT_GAUSSIANS.sample(4000, new Random(5));
        int[] counts = new int[8];
        for (int i = 0; i < p.size(); i++) {
            double angle = Math.atan2(p.y(i), p.x(i));
            counts[(int) Math.floorMod(Math.round(angle / (Math.PI / 4)), 8L)]++;
        }
        for (int c : counts) {
            assertEquals(500, c, 90);
        }
    }

    @Test
    void unknownDatasetListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToyDataset.byId("blobs"));
        assertTrue(e.getMessage().contains("unknown dataset 'blobs'") && e.getMessage().contains("8gaussians"), e.getMessage());
    }
}
