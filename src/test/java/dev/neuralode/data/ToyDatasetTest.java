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
