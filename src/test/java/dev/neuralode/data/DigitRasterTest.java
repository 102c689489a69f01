package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigitRasterTest {

    private static final int N = DigitRaster.SIZE;

    /** A "7": a bar and a diagonal, drawn in canvas pixels. */
    private static List<double[]> seven(double scale, double dx, double dy) {
        double[] bar = {100, 100, 300, 100};
        double[] stem = {300, 100, 180, 460};
        return List.of(moved(bar, scale, dx, dy), moved(stem, scale, dx, dy));
    }

    private static double[] moved(double[] s, double scale, double dx, double dy) {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i += 2) {
            out[i] = s[i] * scale + dx;
            out[i + 1] = s[i + 1] * scale + dy;
        }
        return out;
    }

    @Test
    void theDigitsCentreOfMassLandsOnTheCentre() {
        double[] mass = DigitRaster.centreOfMass(DigitRaster.rasterize(seven(1, 0, 0)));
        assertEquals(N / 2.0, mass[0], 0.05);
        assertEquals(N / 2.0, mass[1], 0.05);
    }

    @Test
    void theInkFitsTheTwentyPixelBoxAlongItsLongerSide() {
        float[] image = DigitRaster.rasterize(seven(1, 0, 0));
        int top = N;
        int bottom = -1;
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                if (image[r * N + c] > 0) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                }
            }
        }
        int rows = bottom - top + 1;
        assertTrue(rows >= 19 && rows <= 21, "ink spans " + rows + " rows");
    }

    @Test
    void greyLevelsAreAntiAliasedCoverageInTheUnitInterval() {
        float[] image = DigitRaster.rasterize(seven(1, 0, 0));
        int partial = 0;
        float max = 0;
        for (float v : image) {
            assertTrue(v >= 0 && v <= 1, "pixel " + v);
            partial += v > 0 && v < 1 ? 1 : 0;
            max = Math.max(max, v);
        }
        assertEquals(1f, max);
        assertTrue(partial > 10, partial + " partly covered pixels: edges are not anti-aliased");
    }

    @Test
    void whereAndHowLargeTheDigitWasDrawnDoesNotMatter() {
        assertArrayEquals(DigitRaster.rasterize(seven(1, 0, 0)), DigitRaster.rasterize(seven(0.25, 40, -7)), 1e-5f);
    }

    @Test
    void aDotIsDrawnAndNoStrokeIsABlankImage() {
        float[] dot = DigitRaster.rasterize(List.of(new double[] {5, 5}));
        double ink = 0;
        for (float v : dot) {
            ink += v;
        }
        assertEquals(Math.PI * DigitRaster.PEN_RADIUS * DigitRaster.PEN_RADIUS, ink, 0.6);
        assertArrayEquals(new float[N * N], DigitRaster.rasterize(List.of()));
    }

    @Test
    void malformedStrokesAreRefusedByName() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> DigitRaster.rasterize(List.of(new double[] {1, 2, 3})));
        assertTrue(odd.getMessage().contains("x, y pairs"), odd.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> DigitRaster.rasterize(List.of(new double[] {1, Double.NaN})));
        assertTrue(nan.getMessage().contains("not finite"), nan.getMessage());
    }
}
