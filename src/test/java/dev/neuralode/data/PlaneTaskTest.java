package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlaneTaskTest {

    @ParameterizedTest
    @EnumSource(PlaneTask.class)
    void classesAreBalancedAndTheSameSeedGivesTheSamePoints(PlaneTask task) {
        LabelledPoints a = task.generate(1001, 0.02, 7);
        assertEquals(1001, a.size());
        assertEquals(501, a.count(0));
        assertEquals(500, a.count(1));
        assertEquals(a, task.generate(1001, 0.02, 7));
        assertNotEquals(a, task.generate(1001, 0.02, 8));
        assertEquals(task, PlaneTask.byId(task.id().toUpperCase()));
    }

    @ParameterizedTest
    @EnumSource(PlaneTask.class)
    void noiseMovesThePointsBySmallAmounts(PlaneTask task) {
        LabelledPoints clean = task.generate(400, 0, 3);
        LabelledPoints noisy = task.generate(400, 0.05, 3);
        assertArrayEquals(clean.labels(), noisy.labels());
        double sumSquares = 0;
        for (int i = 0; i < clean.size(); i++) {
            sumSquares += Math.pow(noisy.x(i) - clean.x(i), 2) + Math.pow(noisy.y(i) - clean.y(i), 2);
        }
        double sd = Math.sqrt(sumSquares / (2 * clean.size()));
        assertEquals(0.05, sd, 0.01, task + ": the noise's standard deviation per coordinate");
    }

    @Test
    void circlesAreADiscInsideARing() {
        LabelledPoints p = PlaneTask.CIRCLES.generate(2000, 0, 11);
        double innerMax = 0;
        double outerMin = Double.MAX_VALUE;
        double outerMax = 0;
        for (int i = 0; i < p.size(); i++) {
            double r = Math.hypot(p.x(i), p.y(i));
            if (p.label(i) == 0) {
                innerMax = Math.max(innerMax, r);
            } else {
                outerMin = Math.min(outerMin, r);
                outerMax = Math.max(outerMax, r);
            }
        }
        assertTrue(innerMax <= 0.5 && innerMax > 0.48, "disc radius " + innerMax);
        assertTrue(outerMin >= 1 && outerMin < 1.02, "ring inner radius " + outerMin);
        assertTrue(outerMax <= 1.5 && outerMax > 1.48, "ring outer radius " + outerMax);
    }

    @Test
    void xorLabelsFollowTheSignsAndMoonsAreCentred() {
        LabelledPoints xor = PlaneTask.XOR.generate(800, 0, 5);
        for (int i = 0; i < xor.size(); i++) {
            assertEquals(xor.x(i) * xor.y(i) < 0 ? 1 : 0, xor.label(i), "point " + i);
            assertTrue(Math.abs(xor.x(i)) >= 0.15 && Math.abs(xor.x(i)) <= 1.5);
        }
        LabelledPoints moons = PlaneTask.MOONS.generate(1000, 0, 5);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < moons.size(); i++) {
            mx += moons.x(i) / moons.size();
            my += moons.y(i) / moons.size();
        }
        assertEquals(0, mx, 0.01);
        assertEquals(0, my, 0.1);
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlaneTask.byId("rings")).getMessage()
                .contains("circles, moons, spirals, xor"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlaneTask.MOONS.generate(10, -1, 0)).getMessage()
                .contains("noise"));
        assertThrows(IllegalArgumentException.class, () -> PlaneTask.MOONS.generate(1, 0, 0));
    }

    @Test
    void splitHoldsOutAFixedDisjointFraction() {
        LabelledPoints all = PlaneTask.SPIRALS.generate(1000, 0.02, 1);
        LabelledPoints.Split s = all.split(0.2, 42);
        assertEquals(200, s.test().size());
        assertEquals(800, s.train().size());
        assertEquals(s, all.split(0.2, 42));
        assertNotEquals(s.test(), all.split(0.2, 43).test());
        Set<String> seen = new HashSet<>();
        for (LabelledPoints part : new LabelledPoints[] {s.train(), s.test()}) {
            for (int i = 0; i < part.size(); i++) {
                assertTrue(seen.add(part.x(i) + "," + part.y(i) + "," + part.label(i)), "a point in both parts");
            }
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void labelledPointsRejectBadInputAndCopyTheirArrays() {
        double[] xy = {0, 0, 1, 1};
        int[] labels = {0, 1};
        LabelledPoints p = new LabelledPoints(xy, labels);
        xy[0] = 9;
        labels[0] = 1;
        assertEquals(0, p.x(0));
        assertEquals(0, p.label(0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LabelledPoints(new double[] {0, 0}, new int[] {2}))
                .getMessage().contains("class 2"));
        assertThrows(IllegalArgumentException.class, () -> new LabelledPoints(new double[] {0, Double.NaN}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new LabelledPoints(new double[] {0, 0, 1}, new int[] {0, 1}));
    }

    @Test
    void epochBatchesVisitEveryItemOncePerEpochAndRepeatByIteration() {
        EpochBatches batches = new EpochBatches(10, 3, 9);
        assertEquals(3, batches.perEpoch());
        Set<Integer> epoch = new HashSet<>();
        for (long n = 1; n <= 3; n++) {
            for (int i : batches.indices(n)) {
                assertTrue(epoch.add(i), "item " + i + " twice in one epoch");
            }
        }
        assertEquals(9, epoch.size());
        assertEquals(1, batches.epochOf(4));
        assertArrayEquals(batches.indices(5), new EpochBatches(10, 3, 9).indices(5), "a resumed run draws the same batch");
        assertArrayEquals(new int[] {0, 1}, Arrays.stream(new EpochBatches(2, 8, 0).indices(1)).sorted().toArray());
    }

    @Test
    void drawPicksDistinctItems() {
        int[] d = Permutations.draw(50, 20, new SplittableRandom(3));
        assertEquals(20, Arrays.stream(d).distinct().count());
        assertTrue(Arrays.stream(d).allMatch(i -> i >= 0 && i < 50));
        int[] all = Permutations.shuffled(50, new SplittableRandom(3));
        assertArrayEquals(Permutations.identity(50), Arrays.stream(all).sorted().toArray());
    }
}
