package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatentProjectionTest {

    @Test
    void pcaOfPointsOnALineFindsTheLine() {
        double[] direction = {1, -2, 0.5, 2};
        double norm = Math.sqrt(1 + 4 + 0.25 + 4);
        double[][] points = new double[50][4];
        for (int i = 0; i < points.length; i++) {
            double s = i - 20;
            for (int k = 0; k < 4; k++) {
                points[i][k] = 3 + k + s * direction[k];
            }
        }
        LatentProjection p = LatentProjection.principal(points);
        double dot = 0;
        for (int k = 0; k < 4; k++) {
            dot += p.axes()[0][k] * direction[k] / norm;
        }
        assertEquals(1.0, Math.abs(dot), 1e-9, "the first axis is the line's direction");
        assertTrue(p.labels()[0].startsWith("PC1 (100%"), p.labels()[0]);
        double[][] projected = p.apply(points);
        for (double[] q : projected) {
            assertEquals(0, q[1], 1e-9, "nothing is left for the second component");
        }
        assertEquals(norm * (points.length - 1), Math.abs(projected[points.length - 1][0] - projected[0][0]), 1e-9,
                "distances along the line are kept");
    }

    @Test
    void pcaOrdersComponentsByVarianceAndTheyAreOrthonormal() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] points = new double[400][4];
        for (double[] p : points) {
            p[0] = 0.1 * rng.nextGaussian();
            p[1] = 5 * rng.nextGaussian();
            p[2] = 0.2 * rng.nextGaussian();
            p[3] = 2 * rng.nextGaussian();
        }
        LatentProjection p = LatentProjection.principal(points);
        assertEquals(1.0, Math.abs(p.axes()[0][1]), 1e-2, "PC1 is the widest dimension, z2");
        assertEquals(1.0, Math.abs(p.axes()[1][3]), 1e-2, "PC2 is the next widest, z4");
        double dot = 0;
        double n0 = 0;
        for (int k = 0; k < 4; k++) {
            dot += p.axes()[0][k] * p.axes()[1][k];
            n0 += p.axes()[0][k] * p.axes()[0][k];
        }
        assertEquals(0, dot, 1e-12);
        assertEquals(1, n0, 1e-12);
    }

    @Test
    void rawDimensionsPickTwoCoordinates() {
        LatentProjection p = LatentProjection.dimensions(2, 0, 4);
        assertArrayEquals(new double[] {7, 5}, p.apply(new double[][] {{5, 6, 7, 8}})[0]);
        assertArrayEquals(new String[] {"z3", "z1"}, p.labels());
        assertThrows(IllegalArgumentException.class, () -> LatentProjection.dimensions(0, 4, 4));
    }
}
